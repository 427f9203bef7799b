using System.Security.Cryptography;
using System.Text;
using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Imports.Ledgers;

/// <summary>
/// A record of a table without a version column (talks, accountability cases, the red/black list, service records) as the ledger pipeline
/// sees it: its "version" is a fingerprint of its stored fields, so undoing a batch still notices a record edited since.
/// </summary>
public abstract class Fingerprinted<TEntity>(TEntity entity) : IVersioned
    where TEntity : class
{
    public TEntity Entity { get; } = entity;

    /// <summary>The fingerprint of <see cref="Fields"/>, the same in every process; there is no stored version to set.</summary>
    public int Version
    {
        get => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', Fields(Entity)))));
        set => throw new InvalidOperationException("a fingerprint is computed from the record's fields");
    }

    /// <summary>Every stored field but the id.</summary>
    protected abstract IEnumerable<string?> Fields(TEntity entity);
}

/// <summary>
/// A ledger over <see cref="Fingerprinted{TEntity}"/> records: adds and removes the entities themselves, not their wrappers.
/// </summary>
public abstract class FingerprintedLedger<TField, TEntity, TRecord, TLookups> : Ledger<TField, TRecord, TLookups>
    where TField : struct, Enum
    where TEntity : class
    where TRecord : Fingerprinted<TEntity>
{
    protected abstract IQueryable<TEntity> EntitiesByIds(AppDbContext db, IReadOnlyCollection<int> ids);

    protected override async Task AddAsync(AppDbContext db, IReadOnlyList<TRecord> records, CancellationToken ct)
    {
        db.AddRange(records.Select(r => r.Entity));
        await db.SaveChangesAsync(ct);
    }

    public override async Task RemoveAsync(AppDbContext db, IReadOnlyList<ImportBatchRecord> records, CancellationToken ct)
    {
        foreach (var chunk in records.Select(r => r.RecordId).Chunk(500))
        {
            db.RemoveRange(await EntitiesByIds(db, chunk).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
        }
    }
}
