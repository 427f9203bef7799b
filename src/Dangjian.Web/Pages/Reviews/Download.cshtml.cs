using Dangjian.Core.Data;
using Dangjian.Core.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>
/// The published results as a table (.xlsx) or a bulletin (.docx, 公文 layout), for the reviewer only; POST with
/// antiforgery since every export is written to the audit log.
/// </summary>
public class DownloadModel(AppDbContext db, ReviewService reviews, ReviewPlanExport export, IAuthorizationService authorization) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id) =>
        await reviews.FindAsync(id) is null ? NotFound() : RedirectToPage("Plan", new { id });

    public async Task<IActionResult> OnPostAsync(int id, string? format)
    {
        var plan = await reviews.FindAsync(id);
        if (plan is null)
        {
            return NotFound();
        }

        if (!(await ReviewAccess.ForAsync(db, authorization, User, plan)).Reviewer)
        {
            return Forbid();
        }

        if (plan.State != ReviewPlanState.Published)
        {
            TempData["Message"] = "评议结果公布后才能下载结果表和通报。";
            return RedirectToPage("Plan", new { id });
        }

        var file = await export.ExportAsync(plan, format);
        return File(file.Content, file.ContentType, file.Name);
    }
}
