using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dangjian.Core.Audit;

/// <summary>
/// What <see cref="AuditInterceptor"/> carries from before a save to after it, per context (one interceptor may
/// serve several contexts of a scope). With <c>async</c> false every step runs synchronously.
/// </summary>
internal sealed class AuditSessions(IAuditContext actor, AuditWriter writer)
{
    private sealed class Session
    {
        public List<AuditChange> Changes { get; init; } = [];
        public IDbContextTransaction? Owned { get; set; }
        public bool Writing { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, Session> sessions = new();

    public async ValueTask BeginAsync(DbContext? db, bool async, CancellationToken ct)
    {
        if (db is null || sessions.TryGetValue(db, out var current) && current.Writing)
        {
            return;
        }

        var session = new Session { Changes = AuditChange.Collect(db.ChangeTracker) };
        sessions.AddOrUpdate(db, session);
        if (session.Changes.Count > 0 && db.Database.CurrentTransaction is null && System.Transactions.Transaction.Current is null)
        {
            session.Owned = async ? await db.Database.BeginTransactionAsync(ct) : db.Database.BeginTransaction();
        }
    }

    public async ValueTask WriteAsync(DbContext? db, bool async, CancellationToken ct)
    {
        if (db is null || !sessions.TryGetValue(db, out var session) || session.Writing)
        {
            return;
        }

        session.Writing = true;
        try
        {
            await writer.WriteAsync(db, actor, session.Changes.Select(c => c.ToRecord()).ToList(), async, ct);
            if (session.Owned is { } tx)
            {
                await (async ? new ValueTask(tx.CommitAsync(ct)) : Sync(tx.Commit));
            }
        }
        finally
        {
            await AbortAsync(db, async);
        }
    }

    /// <summary>Drops what was collected and rolls back the transaction opened here (a no-op once committed).</summary>
    public async ValueTask AbortAsync(DbContext? db, bool async)
    {
        if (db is null || !sessions.TryGetValue(db, out var session))
        {
            return;
        }

        sessions.Remove(db);
        if (session.Owned is { } tx)
        {
            await (async ? tx.DisposeAsync() : Sync(tx.Dispose));
        }
    }

    private static ValueTask Sync(Action action)
    {
        action();
        return ValueTask.CompletedTask;
    }
}
