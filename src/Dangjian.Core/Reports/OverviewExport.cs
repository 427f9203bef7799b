using System.Globalization;
using Dangjian.Core.Audit;
using Dangjian.Core.Dashboard;
using Dangjian.Core.Data;
using Dangjian.Core.Documents;
using Dangjian.Core.Operations;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>The townships side by side for a year as .xlsx (the table as the page sorted it), the export written to the audit log.</summary>
public sealed class OverviewExport(AppDbContext db, AuditWriter audit, IAuditContext actor) : IOperation
{
    public async Task<ExportFile> ExportAsync(int year, IReadOnlyList<OverviewRow> rows, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var written = await CountyOverviewExport.WriteAsync(buffer, year, rows, ct);
        await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Export, "CountyOverview", (actor.OrganizationId ?? 0).ToString(CultureInfo.InvariantCulture),
            Details: $$"""{"year":{{year}},"rows":{{written}}}"""), ct);
        return new($"{year}年乡镇党建工作对比.xlsx", ExportFile.Xlsx, buffer.ToArray());
    }
}
