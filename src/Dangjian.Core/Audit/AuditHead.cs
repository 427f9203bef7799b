using Microsoft.EntityFrameworkCore.Storage;

namespace Dangjian.Core.Audit;

/// <summary>
/// The chain's last entry as one transaction's batches left it (<see cref="AuditWriter"/>, an import). Only good in that
/// transaction (EF's transaction object, new for each one: Npgsql reuses its own), and only while nothing else appends
/// in it between the batches.
/// </summary>
internal sealed class AuditHead
{
    private IDbContextTransaction? transaction;
    private (long Sequence, string Hash) last;

    public (long Sequence, string Hash)? In(IDbContextTransaction tx) => ReferenceEquals(tx, transaction) ? last : null;

    public void Set(IDbContextTransaction tx, long sequence, string hash) => (transaction, last) = (tx, (sequence, hash));
}
