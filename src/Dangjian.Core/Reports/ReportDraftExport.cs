using System.Globalization;
using System.Text;
using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Documents;
using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>A draft of a township's year as .docx (公文 layout) or plain text ("txt"), every download written to the audit log.</summary>
public sealed class ReportDraftExport(AppDbContext db, TimeProvider clock, AuditWriter audit, IAuditContext actor) : IOperation
{
    /// <summary>The chosen draft (the latest when <paramref name="draftId"/> is null); null when the township or draft is out of scope.</summary>
    public async Task<ExportFile?> ExportAsync(int townshipId, int year, int? draftId, string format, CancellationToken ct = default)
    {
        var township = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == townshipId, ct);
        var draft = township is null ? null : await db.ReportDrafts.Include(d => d.Paragraphs).Include(d => d.Figures)
            .Where(d => d.OrganizationId == townshipId && d.Year == year && (draftId == null || d.Id == draftId))
            .OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        if (draft is null)
        {
            return null;
        }

        var report = await RenderedReport.RenderAsync(db, draft, township!, clock.Today(), ct);
        var details = JsonSerializer.Serialize(new { organization = township!.Name, year, draft = draft.Id, number = draft.Number, format });
        await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Export, nameof(ReportDraft), draft.Id.ToString(CultureInfo.InvariantCulture), Details: details), ct);
        var name = $"{draft.Title}_第{draft.Number}稿";
        if (format == "txt")
        {
            return new(name + ".txt", ExportFile.Text, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(report.PlainText())]);
        }

        using var stream = new MemoryStream();
        ReportDocxWriter.Write(report, ReportSignature.Of(draft, township), stream);
        return new(name + ".docx", ExportFile.Docx, stream.ToArray());
    }
}
