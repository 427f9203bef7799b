using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Reports.Highlights;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reports;

/// <summary>
/// The township's campaign names (“四抓两整治”) and slogans (“基层党建质量提升年”) of a year, kept for the report template's
/// {campaigns} and {slogans}. Always the user's own township, so no organization id travels in the URL.
/// </summary>
[Authorize(Policy = Policies.EditReports)]
public class CampaignsModel(AppDbContext db, CampaignEntry entry, TimeProvider clock) : PageModel
{
    public sealed class AddForm
    {
        public CampaignKind Kind { get; set; }
        public string? Name { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public AddForm Form { get; set; } = new();

    public int SelectedYear => Year is >= 2000 and <= 2100 ? Year.Value : clock.Today().Year;
    public Organization? Township { get; private set; }
    public IReadOnlyList<Campaign> Rows { get; private set; } = [];

    /// <summary>The row whose rename or removal was refused, and what was typed, shown again beside it.</summary>
    public int? RefusedRow { get; private set; }
    public string? RefusedName { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Township is null)
        {
            return Page();
        }

        if (Year is not null && Year != SelectedYear)
        {
            ModelState.AddModelError("Year", "请填写正确的年度。");
            return Page();
        }

        // a kind the binder could not read is refused with the name's own checks, not saved as the default kind
        var (id, year) = (Township.Id, SelectedYear);
        var result = await this.SaveAsync(() => entry.CheckAsync(id, year, Form.Kind, Form.Name), () => entry.AddAsync(id, year, Form.Kind, Form.Name));
        return result is null ? Page() : await AfterAsync(result, null, $"已添加“{Form.Name?.Trim()}”。");
    }

    public async Task<IActionResult> OnPostRenameAsync(int row, string? name, int version)
    {
        var result = await entry.RenameAsync(row, name, version);
        RefusedName = name;
        return await AfterAsync(result, row, "已修改。");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int row, int version) =>
        await AfterAsync(await entry.RemoveAsync(row, version), row, "已删除。");

    /// <param name="row">the row renamed or removed (its first message beside its one input), or null for the add form (shown by the save).</param>
    private async Task<IActionResult> AfterAsync(EntryResult result, int? row, string message)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            if (row is not null)
            {
                ModelState.AddModelError($"row{row}", result.Errors.Values.First());
            }

            RefusedRow = row;
            await LoadAsync();
            return Page();
        }

        TempData["Message"] = message;
        return RedirectToPage("Campaigns", new { year = SelectedYear });
    }

    private async Task LoadAsync()
    {
        var own = User.OrganizationId();
        Township = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == own && o.Level == OrgLevel.TownshipCommittee);
        Rows = Township is null ? [] : await entry.ListAsync(Township.Id, SelectedYear);
    }
}
