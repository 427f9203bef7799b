using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Development;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building;

/// <summary>One weak organization: its reasons, the rectification measures and the 整顿转化 decision.</summary>
public class WeakModel(AppDbContext db, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public WeakOrganization Weak { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    /// <summary>The measure whose 完成 form was posted, so its message shows in that row.</summary>
    public int? PostedMeasureId { get; private set; }
    public DateOnly Today => time.Today();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMeasureAsync(int id, string? text, string? owner, DateOnly? deadline) =>
        await EditAsync(id, "deadline", () =>
        {
            if (string.IsNullOrWhiteSpace(text) || deadline is null)
            {
                return "请填写整顿措施和完成时限。";
            }

            if (text.Trim().Length > 400 || (owner ?? "").Trim().Length > 100)
            {
                return "整顿措施不能超过400个字，责任人不能超过100个字。";
            }

            Weak.Measures.Add(new WeakOrganizationMeasure { Text = text.Trim(), Owner = (owner ?? "").Trim(), Deadline = deadline.Value });
            return null;
        });

    /// <param name="doneOn">完成日期: today when empty; the real day when a past year is entered afterwards.</param>
    public async Task<IActionResult> OnPostDoneAsync(int id, int measureId, DateOnly? doneOn)
    {
        PostedMeasureId = measureId;
        return await EditAsync(id, "doneOn", () =>
        {
            if (Weak.Measures.FirstOrDefault(m => m.Id == measureId) is not { } measure)
            {
                // the measure itself is missing (an unreadable or stale id): said once at the top, not beside another measure's date
                ModelState.Clear();
                ModelState.AddModelError(string.Empty, "没有这项措施。");
                return "";
            }

            if (!ModelState.IsValid)
            {
                return null;
            }

            var on = doneOn ?? time.Today();
            if ((FactDates.Problem("完成日期", on, time.Today()) ?? (on < Weak.ConfirmedOn ? "完成日期不能早于确定为软弱涣散党组织的日期。" : null)) is { } wrong)
            {
                return wrong;
            }

            measure.DoneOn ??= on;
            return null;
        });
    }

    public async Task<IActionResult> OnPostConvertAsync(int id, DateOnly? convertedOn, string? note) =>
        await EditAsync(id, "convertedOn", () =>
        {
            if (convertedOn is not { } on || on < Weak.ConfirmedOn)
            {
                return "请填写整顿转化日期（不早于确定日期）。";
            }

            if (FactDates.Problem("整顿转化日期", on, time.Today()) is { } wrong)
            {
                return wrong;
            }

            if (Weak.Measures.Any(m => m.DoneOn is null))
            {
                return "还有整顿措施没有完成，不能认定整顿转化。";
            }

            if (note?.Trim().Length > 4000)
            {
                return "说明不能超过4000个字。";
            }

            Weak.ConvertedOn = on;
            Weak.ConversionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            return null;
        });

    /// <param name="field">The field the problem is shown beside.</param>
    private async Task<IActionResult> EditAsync(int id, string field, Func<string?> change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var problem = change();
        if (problem is { Length: > 0 })
        {
            ModelState.AddModelError(field, problem);
        }

        // a value the binder could not read is refused, never taken as empty (an unreadable 完成日期 is not "today")
        if (problem is not null || !ModelState.IsValid)
        {
            return Page();
        }

        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var found = await db.WeakOrganizations.Include(w => w.Organization).Include(w => w.Measures).FirstOrDefaultAsync(w => w.Id == id);
        if (found is null)
        {
            return false;
        }

        Weak = found;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded;
        return true;
    }
}
