using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dangjian.Core.Audit;

/// <summary>
/// Logs every create/update/delete saved through EF Core. Changes are collected before saving; entries are written
/// after saving (when generated ids are known) in the same transaction: the caller's, or one opened here before
/// saving and committed after the entries are written, so data and its audit entries commit or fail together.
/// </summary>
public sealed class AuditInterceptor(IAuditContext actor, AuditWriter writer) : SaveChangesInterceptor
{
    private readonly AuditSessions sessions = new(actor, writer);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        sessions.BeginAsync(eventData.Context, false, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await sessions.BeginAsync(eventData.Context, true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        sessions.WriteAsync(eventData.Context, false, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await sessions.WriteAsync(eventData.Context, true, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        sessions.AbortAsync(eventData.Context, false).GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        sessions.AbortAsync(eventData.Context, true).AsTask();

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        sessions.AbortAsync(eventData.Context, false).GetAwaiter().GetResult();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        sessions.AbortAsync(eventData.Context, true).AsTask();
}
