using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dangjian.Core.Data.Replication;

/// <summary>A standby context never saves: a write that reached it is a routing mistake, named as such.</summary>
public sealed class RefuseWrites : SaveChangesInterceptor
{
    public static readonly RefuseWrites Instance = new();

    private const string Message = "只读备库上的数据上下文不能保存修改，写操作必须使用主库。 (The read-only standby context cannot save changes.)";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException(Message);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Message);
}
