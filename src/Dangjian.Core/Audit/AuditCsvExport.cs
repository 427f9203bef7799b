using System.Globalization;
using System.Text;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Audit;

/// <summary>
/// The auditor's search over the log as CSV (UTF-8 with BOM so Excel reads Chinese), streamed; logged with its row
/// count before the first row is written.
/// </summary>
public sealed class AuditCsvExport(AppDbContext db, AuditWriter audit, IAuditContext actor) : IOperation
{
    public async Task WriteAsync(Func<IQueryable<AuditEntry>, IQueryable<AuditEntry>> search, Stream target, CancellationToken ct = default)
    {
        var query = search(db.AuditEntries.AsNoTracking()).OrderBy(e => e.Sequence);
        var count = await query.CountAsync(ct);
        await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Export, nameof(AuditEntry), Details: $"{{\"rows\":{count}}}"), ct);
        await using var writer = new StreamWriter(target, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync("序号,时间,用户,IP,操作,对象类型,对象编号,结果,详情,哈希");
        await foreach (var e in query.AsAsyncEnumerable().WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(",", e.Sequence, e.AtUtc.ToBeijing().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Csv.Cell(e.UserName), Csv.Cell(e.Ip), AuditLabels.Of(e.Action), Csv.Cell(e.TargetType), Csv.Cell(e.TargetId),
                AuditLabels.Of(e.Result), Csv.Cell(e.Details), e.Hash));
        }
    }
}
