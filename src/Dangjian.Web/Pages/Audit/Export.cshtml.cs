using System.Text;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Audit;

/// <summary>The search result as CSV (UTF-8 with BOM so Excel reads Chinese), streamed, itself audited.</summary>
public class ExportModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditSearch Search { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var query = Search.Apply(db.AuditEntries.AsNoTracking()).OrderBy(e => e.Sequence);
        var count = await query.CountAsync();
        await AccessAudit.WriteAsync(HttpContext, AuditAction.Export, "AuditEntry", null, AuditResult.Success,
            details: $"{{\"rows\":{count}}}");
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{time.Now():yyyyMMddHHmm}.csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync("序号,时间,用户,IP,操作,对象类型,对象编号,结果,详情,哈希");
        await foreach (var e in query.AsAsyncEnumerable())
        {
            await writer.WriteLineAsync(string.Join(",", e.Sequence, AuditSearch.Local(e.AtUtc), Csv.Cell(e.UserName), Csv.Cell(e.Ip),
                AuditLabels.Of(e.Action), Csv.Cell(e.TargetType), Csv.Cell(e.TargetId), AuditLabels.Of(e.Result), Csv.Cell(e.Details), e.Hash));
        }

        return new EmptyResult();
    }
}
