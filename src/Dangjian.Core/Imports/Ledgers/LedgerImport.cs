using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Members.Import;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Imports.Ledgers;

/// <summary>
/// Imports a ledger sheet as one batch: check (nothing written) → import all or nothing in one transaction, the batch
/// and every record audited → undo the whole batch while none of its records has changed or been built on.
/// </summary>
public sealed class LedgerImport(AppDbContext db, TimeProvider clock, IEnumerable<ILedger> ledgers)
{
    public IReadOnlyList<ILedger> Ledgers { get; } = [.. ledgers];

    public ILedger? Find(string? code) => Ledgers.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.Ordinal));

    public Task<LedgerScope?> ScopeAsync(int userOrganizationId, string userName, CancellationToken ct) =>
        LedgerScope.OpenAsync(db, userOrganizationId, userName, clock, ct);

    public async Task<LedgerCheck> CheckAsync(ILedger ledger, Func<RosterReader> open, LedgerScope scope, CancellationToken ct)
    {
        using var reader = open();
        return await ledger.CheckAsync(db, reader, scope, ct);
    }

    /// <summary>Checks again while writing, in one transaction with the batch; rolled back when any row has a problem.</summary>
    public async Task<(LedgerCheck Check, ImportBatch? Batch)> ImportAsync(ILedger ledger, Func<RosterReader> open, LedgerScope scope,
        string fileName, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            LedgerCheck check;
            IReadOnlyList<ImportBatchRecord> created;
            using (var reader = open())
            {
                (check, created) = await ledger.ImportAsync(db, reader, scope, ct);
            }

            if (!check.Succeeded)
            {
                return (check, (ImportBatch?)null);
            }

            var batch = new ImportBatch
            {
                OrganizationId = scope.Root.Id, Ledger = ledger.Code, FileName = Clip(Path.GetFileName(fileName), 200),
                ImportedAtUtc = scope.NowUtc, ImportedBy = scope.UserName, RowCount = check.RowCount, CreatedCount = created.Count,
                ExistingCount = check.ExistingCount,
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(ct);
            await AddRecordsAsync(batch, created, ct);
            await tx.CommitAsync(ct);
            return (check, batch);
        });
    }

    /// <summary>
    /// Removes every record of the batch and marks it undone (audited), once the user has confirmed; else the Chinese reason
    /// why not, for the form as a whole.
    /// </summary>
    public async Task<EntryResult> UndoAsync(int batchId, bool confirmed, string userName, CancellationToken ct)
    {
        if (!confirmed)
        {
            return Refused("撤销会删除这次导入登记的全部记录。请勾选“确认撤销”后再提交。");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var batch = await db.ImportBatches.Include(b => b.Records).SingleOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null)
            {
                return Refused("找不到这次导入，或无权撤销。");
            }

            if (batch.UndoneAtUtc is not null)
            {
                return Refused("这次导入已经撤销过了。");
            }

            var ledger = Find(batch.Ledger);
            if (ledger is null)
            {
                return Refused("这种台账已不再支持导入，不能撤销。");
            }

            var records = batch.Records.ToList();
            if (await ledger.UndoProblemAsync(db, records, ct) is { } problem)
            {
                return Refused(problem);
            }

            await ledger.RemoveAsync(db, records, ct);
            batch.UndoneAtUtc = clock.GetUtcNow().UtcDateTime;
            batch.UndoneBy = userName;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return EntryResult.Saved(batch.Id);
        });
    }

    // The batch's bookkeeping rows (not audited) without the change tracker: thousands per ledger, one statement re-run.
    // They stay off the tracked batch, so a later save on this context cannot insert them twice.
    private async Task AddRecordsAsync(ImportBatch batch, IReadOnlyList<ImportBatchRecord> records, CancellationToken ct)
    {
        foreach (var record in records)
        {
            record.BatchId = batch.Id;
        }

        await using var insert = new EntityInsert<ImportBatchRecord>(db);
        await insert.InsertManyAsync(records, ct);
    }

    private static EntryResult Refused(string reason) => EntryResult.Refused("", reason);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
