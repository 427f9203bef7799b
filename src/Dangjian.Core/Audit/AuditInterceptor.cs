using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dangjian.Core.Audit;

/// <summary>
/// Logs every create/update/delete saved through EF Core. Changes are collected before saving; entries are written
/// after saving (when generated ids are known) in the same transaction: the caller's, or one opened here before
/// saving and committed after the entries are written, so data and its audit entries commit or fail together.
/// </summary>
public sealed class AuditInterceptor(IAuditContext actor, AuditWriter writer) : SaveChangesInterceptor
{
    private sealed class Pending
    {
        public List<AuditChange> Changes { get; set; } = [];
        public IDbContextTransaction? Owned { get; set; }
        public bool Writing { get; set; }
    }

    // Keyed by context: one interceptor may serve several contexts of a scope.
    private readonly ConditionalWeakTable<DbContext, Pending> pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeginAsync(eventData.Context, false, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BeginAsync(eventData.Context, true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WriteAsync(eventData.Context, false, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await WriteAsync(eventData.Context, true, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        AbortAsync(eventData.Context, false).GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        AbortAsync(eventData.Context, true).AsTask();

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        AbortAsync(eventData.Context, false).GetAwaiter().GetResult();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        AbortAsync(eventData.Context, true).AsTask();

    private async ValueTask BeginAsync(DbContext? db, bool async, CancellationToken ct)
    {
        if (db is null || pending.TryGetValue(db, out var current) && current.Writing)
        {
            return;
        }

        var state = new Pending { Changes = AuditChange.Collect(db.ChangeTracker) };
        pending.AddOrUpdate(db, state);
        if (state.Changes.Count > 0 && db.Database.CurrentTransaction is null && System.Transactions.Transaction.Current is null)
        {
            state.Owned = async ? await db.Database.BeginTransactionAsync(ct) : db.Database.BeginTransaction();
        }
    }

    private async ValueTask WriteAsync(DbContext? db, bool async, CancellationToken ct)
    {
        if (db is null || !pending.TryGetValue(db, out var state) || state.Writing)
        {
            return;
        }

        state.Writing = true;
        try
        {
            await writer.WriteAsync(db, actor, state.Changes.Select(c => c.ToRecord()).ToList(), async, ct);
            if (state.Owned is not null)
            {
                await (async ? new ValueTask(state.Owned.CommitAsync(ct)) : Sync(state.Owned.Commit));
            }
        }
        finally
        {
            await AbortAsync(db, async);
        }
    }

    /// <summary>Drops what was collected and rolls back the transaction opened here (a no-op once committed).</summary>
    private async ValueTask AbortAsync(DbContext? db, bool async)
    {
        if (db is null || !pending.TryGetValue(db, out var state))
        {
            return;
        }

        pending.Remove(db);
        if (state.Owned is { } tx)
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
