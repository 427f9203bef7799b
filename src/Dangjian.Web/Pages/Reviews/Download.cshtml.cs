using System.Globalization;
using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Documents;
using Dangjian.Core.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>
/// The published results as a table (.xlsx) or a bulletin (.docx, 公文 layout), for the reviewer only; POST with
/// antiforgery since every export is written to the audit log.
/// </summary>
public class DownloadModel(AppDbContext db, TimeProvider clock, IAuthorizationService authorization, AuditWriter audit, IAuditContext actor) : PageModel
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<IActionResult> OnGetAsync(int id) =>
        await new ReviewService(db, clock).FindAsync(id) is null ? NotFound() : RedirectToPage("Plan", new { id });

    public async Task<IActionResult> OnPostAsync(int id, string? format)
    {
        var service = new ReviewService(db, clock);
        var plan = await service.FindAsync(id);
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

        var docx = format == "docx";
        var stream = new MemoryStream();
        var rows = 0;
        if (docx)
        {
            GongwenWriter.Write(await service.BulletinAsync(plan), stream);
        }
        else
        {
            rows = await service.ExportResultsAsync(plan, stream);
        }

        stream.Position = 0;
        var details = JsonSerializer.Serialize(new { plan = plan.Title, year = plan.Year, format = docx ? "docx" : "xlsx", rows });
        await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Export, nameof(ReviewPlan), id.ToString(CultureInfo.InvariantCulture), Details: details));
        return docx
            ? File(stream, Docx, ReviewBulletin.Title(plan) + ".docx")
            : File(stream, Xlsx, $"{plan.Year}年度述职评议考核结果.xlsx");
    }
}
