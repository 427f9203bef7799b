using System.Linq.Expressions;
using Dangjian.Core.Data;

namespace Dangjian.Core.Imports.Ledgers;

/// <summary>
/// The ledgers whose records are an organization's entities placed in time by one date column (projects, contact points,
/// assignments, commitments): the entity is the record, found again by its organization and that date, or by id.
/// </summary>
public abstract class DatedLedger<TField, TEntity, TLookups> : Ledger<TField, TEntity, TLookups>
    where TField : struct, Enum
    where TEntity : class, IVersioned, IOrganizationRecord
{
    private Func<TEntity, DateOnly>? dayOf;

    /// <summary>The date column that places a record in a year (the range an import looks for rows already stored).</summary>
    protected abstract Expression<Func<TEntity, DateOnly>> DateColumn { get; }

    protected sealed override int OrganizationOf(TEntity e) => e.OrganizationId;
    protected sealed override DateOnly DateOf(TEntity e) => (dayOf ??= DateColumn.Compile())(e);
    protected sealed override int IdOf(TEntity e) => e.Id;

    protected sealed override IQueryable<TEntity> Stored(AppDbContext db, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to) =>
        DatedRecords.Within(db, DateColumn, organizationIds, from, to);

    protected sealed override IQueryable<TEntity> ByIds(AppDbContext db, IReadOnlyCollection<int> ids) => DatedRecords.ByIds<TEntity>(db, ids);
}

/// <summary>The same for the entities without a version (talks, accountability cases, service records), wrapped in their fingerprint.</summary>
public abstract class DatedFingerprintedLedger<TField, TEntity, TRecord, TLookups> : FingerprintedLedger<TField, TEntity, TRecord, TLookups>
    where TField : struct, Enum
    where TEntity : class, IOrganizationRecord
    where TRecord : Fingerprinted<TEntity>
{
    private Func<TEntity, DateOnly>? dayOf;

    /// <inheritdoc cref="DatedLedger{TField, TEntity, TLookups}.DateColumn"/>
    protected abstract Expression<Func<TEntity, DateOnly>> DateColumn { get; }

    /// <summary>The record of a stored entity (<c>e =&gt; new Row(e)</c>), as an expression for the query's projection.</summary>
    protected abstract Expression<Func<TEntity, TRecord>> Wrap { get; }

    protected sealed override int OrganizationOf(TRecord r) => r.Entity.OrganizationId;
    protected sealed override DateOnly DateOf(TRecord r) => (dayOf ??= DateColumn.Compile())(r.Entity);
    protected sealed override int IdOf(TRecord r) => r.Entity.Id;

    protected sealed override IQueryable<TRecord> Stored(AppDbContext db, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to) =>
        DatedRecords.Within(db, DateColumn, organizationIds, from, to).Select(Wrap);

    protected sealed override IQueryable<TRecord> ByIds(AppDbContext db, IReadOnlyCollection<int> ids) => EntitiesByIds(db, ids).Select(Wrap);

    protected sealed override IQueryable<TEntity> EntitiesByIds(AppDbContext db, IReadOnlyCollection<int> ids) => DatedRecords.ByIds<TEntity>(db, ids);
}

internal static class DatedRecords
{
    /// <summary>The records of these organizations whose date lies within [from, to] (through the scope filters).</summary>
    public static IQueryable<T> Within<T>(AppDbContext db, Expression<Func<T, DateOnly>> day, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to)
        where T : class, IOrganizationRecord
    {
        // the bounds as members of a constant, which EF Core sends as parameters (one cached plan whatever the dates)
        var bounds = Expression.Constant(new Bounds(from, to));
        var within = Expression.AndAlso(Expression.GreaterThanOrEqual(day.Body, Expression.Property(bounds, nameof(Bounds.From))),
            Expression.LessThanOrEqual(day.Body, Expression.Property(bounds, nameof(Bounds.To))));
        return db.Set<T>().Where(e => organizationIds.Contains(e.OrganizationId)).Where(Expression.Lambda<Func<T, bool>>(within, day.Parameters[0]));
    }

    public static IQueryable<T> ByIds<T>(AppDbContext db, IReadOnlyCollection<int> ids) where T : class, IOrganizationRecord =>
        db.Set<T>().Where(e => ids.Contains(e.Id));

    private sealed record Bounds(DateOnly From, DateOnly To);
}
