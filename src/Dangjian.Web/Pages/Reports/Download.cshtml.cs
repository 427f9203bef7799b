using Dangjian.Core.Data;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reports;

/// <summary>A draft as .docx (公文 layout) or plain text; POST with antiforgery since every export is logged.</summary>
[Authorize(Policy = Policies.ViewReports)]
public class DownloadModel(AppDbContext db, TimeProvider clock, ReportDraftExport export) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "draft")]
    public int? DraftId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Format { get; set; } = "docx";

    public async Task<IActionResult> OnGetAsync() =>
        await ReportPages.FindAsync(db, Org) is null ? NotFound() : RedirectToPage("Draft", new { org = Org, year = Year, draft = DraftId });

    public async Task<IActionResult> OnPostAsync() =>
        await export.ExportAsync(Org, Year ?? ReportPages.Today(clock).Year, DraftId, Format) is { } file
            ? File(file.Content, file.ContentType, file.Name)
            : NotFound();
}
