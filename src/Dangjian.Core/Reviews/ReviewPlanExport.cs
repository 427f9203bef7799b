using System.Globalization;
using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Documents;
using Dangjian.Core.Operations;

namespace Dangjian.Core.Reviews;

/// <summary>A published plan's results as a table (.xlsx) or a bulletin ("docx", 公文 layout), every download written to the audit log.</summary>
public sealed class ReviewPlanExport(AppDbContext db, ReviewService reviews, AuditWriter audit, IAuditContext actor) : IOperation
{
    public async Task<ExportFile> ExportAsync(ReviewPlan plan, string? format, CancellationToken ct = default)
    {
        var docx = format == "docx";
        using var stream = new MemoryStream();
        var rows = 0;
        if (docx)
        {
            GongwenWriter.Write(await reviews.BulletinAsync(plan, ct), stream);
        }
        else
        {
            rows = await reviews.ExportResultsAsync(plan, stream, ct);
        }

        var details = JsonSerializer.Serialize(new { plan = plan.Title, year = plan.Year, format = docx ? "docx" : "xlsx", rows });
        await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Export, nameof(ReviewPlan), plan.Id.ToString(CultureInfo.InvariantCulture), Details: details), ct);
        return docx
            ? new(ReviewBulletin.Title(plan) + ".docx", ExportFile.Docx, stream.ToArray())
            : new($"{plan.Year}年度述职评议考核结果.xlsx", ExportFile.Xlsx, stream.ToArray());
    }
}
