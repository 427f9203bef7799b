using System.Globalization;
using System.Security.Claims;
using Dangjian.Core.Members.Import;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Members.Import;

/// <summary>Step 4: a running import's progress (the page refreshes itself), then its outcome.</summary>
[Authorize(Policy = Policies.EditMembers)]
public class ProgressModel(ImportJobs jobs) : PageModel
{
    public ImportJob Job { get; private set; } = null!;

    /// <summary>The job's outcome as read once for this request (null: still running).</summary>
    public ImportOutcome? Outcome { get; private set; }

    public IActionResult OnGet(string? job)
    {
        var userId = int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "0", CultureInfo.InvariantCulture);
        if (jobs.Find(job, userId) is not { } found)
        {
            TempData["Message"] = "找不到该导入任务（可能服务已重启）。导入在一个事务中进行，未完成的导入不会写入任何数据，请重新导入。";
            return RedirectToPage("Index");
        }

        Job = found;
        Outcome = found.Outcome;
        if (Outcome?.Result is { Committed: true } report)
        {
            TempData["ImportResult"] = string.Create(CultureInfo.InvariantCulture,
                $"已导入 {report.Imported} 名党员（名册共 {report.Rows} 行{(report.Rows > report.ValidRows ? $"，跳过有错误的 {report.Rows - report.ValidRows} 行" : "")}），用时 {report.Elapsed.TotalSeconds:0.0} 秒，每秒 {report.RowsPerSecond:0} 行。");
            return RedirectToPage("Result", new { org = found.OrganizationId });
        }

        return Page();
    }
}
