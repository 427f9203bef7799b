using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reports;

/// <summary>Drafts the township's report for a year from its records, with the secretary's own plans for 三、.</summary>
[Authorize(Policy = Policies.EditReports)]
public class ComposeModel(AppDbContext db, TimeProvider clock, IAuditContext actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public string? Plans { get; set; }

    public Organization? Township { get; private set; }

    public int SelectedYear => Year ?? ReportPages.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync()
    {
        Township = await ReportPages.FindAsync(db, Org);
        return Township is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Township = await ReportPages.FindAsync(db, Org);
        if (Township is null)
        {
            return NotFound();
        }

        if (!ReportPages.HasReport(Township) || SelectedYear is < 2000 or > 2100)
        {
            ModelState.AddModelError(nameof(Year), ReportPages.HasReport(Township) ? "请填写正确的年度" : ReportPages.NotATownship);
            return Page();
        }

        await new ReportDrafts(db, clock).ComposeAsync(Township, SelectedYear, Plans?.Trim(), actor.UserName);
        TempData["Message"] = $"已根据记录生成{SelectedYear}年度述职报告草稿。";
        return RedirectToPage("Draft", new { org = Township.Id, year = SelectedYear });
    }
}
