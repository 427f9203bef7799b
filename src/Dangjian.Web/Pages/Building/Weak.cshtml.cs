using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building;

/// <summary>One weak organization: its reasons, the rectification measures and the 整顿转化 decision.</summary>
public class WeakModel(AppDbContext db, IAuthorizationService authorization, TimeProvider time, WeakOrganizationEntry entry)
    : BuildingPageModel(db, authorization, time)
{
    public WeakOrganization Weak { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    /// <summary>The measure whose 完成 form was posted, so its message shows in that row.</summary>
    public int? PostedMeasureId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostMeasureAsync(int id, string? text, string? owner, DateOnly? deadline) =>
        EditAsync(id, () => null, () => entry.AddMeasureAsync(id, text, owner, deadline));

    /// <param name="doneOn">完成日期: today when empty; the real day when a past year is entered afterwards.</param>
    public Task<IActionResult> OnPostDoneAsync(int id, int measureId, DateOnly? doneOn)
    {
        PostedMeasureId = measureId;
        return EditAsync(id, () =>
        {
            if (Weak.Measures.All(m => m.Id != measureId))
            {
                // the measure itself is missing (an unreadable or stale id): said once at the top, not beside another measure's date
                ModelState.Clear();
                ModelState.AddModelError(string.Empty, WeakOrganizationEntry.NoMeasure);
                return Page();
            }

            // an unreadable 完成日期 is refused, never taken as empty (that would be "today")
            return ModelState.IsValid ? null : Page();
        }, () => entry.MarkDoneAsync(id, measureId, doneOn));
    }

    public Task<IActionResult> OnPostConvertAsync(int id, DateOnly? convertedOn, string? note) =>
        EditAsync(id, () => null, () => entry.ConvertAsync(id, convertedOn, note));

    /// <param name="refused">The page's own answer before the change is tried, or null to try it.</param>
    private async Task<IActionResult> EditAsync(int id, Func<IActionResult?> refused, Func<Task<EntryResult>> change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        if (refused() is { } answer)
        {
            return answer;
        }

        var result = await change();
        if (result.NotFound)
        {
            return NotFound();
        }

        ModelState.Show(result.Errors, prefix: "");
        return result.Succeeded ? RedirectToPage(new { id }) : Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var found = await Db.WeakOrganizations.AsNoTracking().Include(w => w.Organization).Include(w => w.Measures).FirstOrDefaultAsync(w => w.Id == id);
        if (found is null)
        {
            return false;
        }

        Weak = found;
        CanEdit = await MayAsync(Policies.EditBuilding);
        return true;
    }
}
