using System.Globalization;
using System.Text;
using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Documents;
using Dangjian.Core.Reports;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reports;

/// <summary>A draft as .docx (公文 layout) or plain text; POST with antiforgery since every export is logged.</summary>
[Authorize(Policy = Policies.ViewReports)]
public class DownloadModel(AppDbContext db, TimeProvider clock, AuditWriter audit, IAuditContext actor) : PageModel
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

    public async Task<IActionResult> OnPostAsync()
    {
        var township = await ReportPages.FindAsync(db, Org);
        if (township is null)
        {
            return NotFound();
        }

        var year = Year ?? ReportPages.Today(clock).Year;
        var draft = await db.ReportDrafts.Include(d => d.Paragraphs).Include(d => d.Figures)
            .Where(d => d.OrganizationId == Org && d.Year == year && (DraftId == null || d.Id == DraftId))
            .OrderByDescending(d => d.Id).FirstOrDefaultAsync();
        if (draft is null)
        {
            return NotFound();
        }

        var report = await RenderedReport.RenderAsync(db, draft, township, ReportPages.Today(clock));
        var details = JsonSerializer.Serialize(new { organization = township.Name, year, draft = draft.Id, number = draft.Number, format = Format });
        await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Export, nameof(ReportDraft), draft.Id.ToString(CultureInfo.InvariantCulture), Details: details));
        var name = $"{draft.Title}_第{draft.Number}稿";
        if (Format == "txt")
        {
            return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(report.PlainText())).ToArray(), "text/plain; charset=utf-8", name + ".txt");
        }

        var stream = new MemoryStream();
        ReportDocxWriter.Write(report, ReportSignature.Of(draft, township), stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
    }
}
