using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dangjian.Core.Audit;

/// <summary>
/// Appends chained entries in the caller's transaction. Writers are serialized: on PostgreSQL by a transaction-scoped
/// advisory lock, on SQLite by its single writer; the unique index on sequence turns any lost race into a failure
/// instead of a fork of the chain. Rows are inserted with plain SQL, so the caller's change tracker is left alone.
/// </summary>
public sealed class AuditWriter(IAuditKey key, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    public Task AppendAsync(DbContext db, IAuditContext actor, AuditRecord record, CancellationToken ct = default) =>
        AppendAsync(db, actor, [record], ct);

    /// <summary>Writes in the current transaction of <paramref name="db"/>, or in one of its own, committed here.</summary>
    public async Task AppendAsync(DbContext db, IAuditContext actor, IReadOnlyList<AuditRecord> records, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await WriteAsync(db, actor, records, true, ct);
            return;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await WriteAsync(db, actor, records, true, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Appends in the current transaction of <paramref name="db"/>, batch after batch (an import): the lock is taken and the
    /// chain's head read for the first batch only, as the transaction keeps both the lock and its own head until it ends.
    /// </summary>
    internal async Task AppendAsync(DbContext db, IAuditContext actor, IReadOnlyList<AuditRecord> records, AuditHead head, CancellationToken ct) =>
        await WriteAsync(db, actor, records, true, ct, head);

    /// <summary>With <paramref name="async"/> false every step runs synchronously (used by the sync SaveChanges path).</summary>
    internal async ValueTask WriteAsync(DbContext db, IAuditContext actor, IReadOnlyList<AuditRecord> records, bool async, CancellationToken ct,
        AuditHead? head = null)
    {
        if (records.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("审计日志必须在事务中写入。 (Audit entries are written inside a transaction.)");
        var sql = new AuditSql(transaction.GetDbTransaction(), async, ct);
        long sequence;
        string previous;
        if (head?.In(transaction) is { } known)
        {
            (sequence, previous) = known;
        }
        else
        {
            if (db.Database.IsNpgsql())
            {
                await sql.LockAsync();
            }

            (sequence, previous) = await sql.LastAsync();
        }

        var at = AuditChain.Truncate(time.GetUtcNow().UtcDateTime);
        var entries = new List<AuditEntry>(records.Count);
        foreach (var r in records)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                AtUtc = at,
                UserName = Clip(actor.UserName, 256)!,
                UserId = actor.UserId,
                OrganizationId = actor.OrganizationId,
                Ip = Clip(actor.Ip, 64),
                Action = r.Action,
                TargetType = Clip(r.TargetType, 100)!,
                TargetId = Clip(r.TargetId, 100),
                Result = r.Result,
                Details = r.Details,
                PreviousHash = previous,
                Hash = "",
            };
            entry.Hash = AuditChain.ComputeHash(key, previous, entry);
            previous = entry.Hash;
            entries.Add(entry);
        }

        await sql.InsertManyAsync(entries);
        head?.Set(transaction, sequence, previous);
    }

    // Values may come from user input (a typed login name): clip to the column sizes rather than fail to log.
    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
