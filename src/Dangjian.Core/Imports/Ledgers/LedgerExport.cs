using System.Globalization;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Members.Export;

namespace Dangjian.Core.Imports.Ledgers;

/// <summary>One ledger's records of a year under the user's scope as an .xlsx sheet in the import layout; every export is audited.</summary>
public sealed class LedgerExport(AppDbContext db, AuditWriter audit, IAuditContext actor) : IOperation
{
    public async Task<byte[]> ExportAsync(ILedger ledger, LedgerScope scope, int year, CancellationToken ct = default)
    {
        var rows = await ledger.ExportAsync(db, scope, year, ct);
        using var buffer = new MemoryStream();
        await XlsxStreamWriter.WriteAsync(buffer, ledger.Title, ledger.Headers, rows.ToAsyncEnumerable(), ct);
        await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Export, ledger.Code, scope.Root.Id.ToString(CultureInfo.InvariantCulture),
            Details: $$"""{"year":{{year}},"rows":{{rows.Count}}}"""), ct);
        return buffer.ToArray();
    }
}
