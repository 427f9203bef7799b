using Dangjian.Core.Audit;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Audit;

/// <summary>The search result as CSV, written and audited by <see cref="AuditCsvExport"/>.</summary>
public class ExportModel(AuditCsvExport export, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditSearch Search { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{time.Now():yyyyMMddHHmm}.csv\"";
        await export.WriteAsync(Search.Apply, Response.Body);
        return new EmptyResult();
    }
}
