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

    /// <summary>With <paramref name="async"/> false every step runs synchronously (used by the sync SaveChanges path).</summary>
    internal async ValueTask WriteAsync(DbContext db, IAuditContext actor, IReadOnlyList<AuditRecord> records, bool async, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }

        var sql = new AuditSql(Transaction(db).GetDbTransaction(), async, ct);
        var (sequence, previous) = await HeadAsync(db, sql);
        await sql.InsertManyAsync(Chain(actor, records, ref sequence, ref previous));
    }

    /// <summary>
    /// Takes the writers' lock and reads the chain's head into <paramref name="head"/> when it does not hold this
    /// transaction's yet: an import does it before its COPYs hold the connection (<see cref="ChainAfter"/>).
    /// </summary>
    internal async Task HoldHeadAsync(DbContext db, AuditHead head, CancellationToken ct)
    {
        var transaction = Transaction(db);
        if (head.In(transaction) is null)
        {
            var (sequence, previous) = await HeadAsync(db, new AuditSql(transaction.GetDbTransaction(), true, ct));
            head.Set(transaction, sequence, previous);
        }
    }

    /// <summary>Chains entries after the head <see cref="HoldHeadAsync"/> read, and moves it; nothing is written.</summary>
    internal List<AuditEntry> ChainAfter(DbContext db, AuditHead head, IAuditContext actor, IReadOnlyList<AuditRecord> records)
    {
        var transaction = Transaction(db);
        var (sequence, previous) = head.In(transaction) ?? throw new InvalidOperationException("The audit head is not held in this transaction.");
        var entries = Chain(actor, records, ref sequence, ref previous);
        head.Set(transaction, sequence, previous);
        return entries;
    }

    /// <summary>Writes entries chained by <see cref="ChainAfter"/>, in their order.</summary>
    internal async Task InsertAsync(DbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        if (entries.Count > 0)
        {
            await new AuditSql(Transaction(db).GetDbTransaction(), true, ct).InsertManyAsync(entries);
        }
    }

    private static IDbContextTransaction Transaction(DbContext db) => db.Database.CurrentTransaction
        ?? throw new InvalidOperationException("审计日志必须在事务中写入。 (Audit entries are written inside a transaction.)");

    private static async ValueTask<(long Sequence, string Hash)> HeadAsync(DbContext db, AuditSql sql)
    {
        if (db.Database.IsNpgsql())
        {
            await sql.LockAsync();
        }

        return await sql.LastAsync();
    }

    private List<AuditEntry> Chain(IAuditContext actor, IReadOnlyList<AuditRecord> records, ref long sequence, ref string previous)
    {
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

        return entries;
    }

    // Values may come from user input (a typed login name): clip to the column sizes rather than fail to log.
    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
