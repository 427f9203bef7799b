using System.Linq.Expressions;
using Dangjian.Core.Figures;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// The skeleton of a source over one record family. A family says which records an indicator reads (<see cref="Select"/>:
/// its table, its filter, its date in the year, its scope), whose they are (<see cref="Owner"/>) and how one is labelled
/// (<see cref="ListAsync"/>); counts are every selected row unless the family says otherwise (<see cref="Counted"/>), and
/// come from the report's one count statement (<see cref="CountBatch"/>). Sums and other kinds: <see cref="OtherAsync"/>.
/// </summary>
public abstract class RecordSource<T>(string name, string records) : IIndicatorSource, ICountedSource where T : class
{
    public string Name => name;

    /// <summary>The records an indicator reads.</summary>
    protected abstract IQueryable<T> Select(IndicatorDefinition d, IndicatorContext c);

    /// <summary>The organization a record belongs to.</summary>
    protected abstract Expression<Func<T, int>> Owner { get; }

    /// <summary>The selected records in the order the figure page lists them, as labelled references.</summary>
    protected abstract Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<T> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct);

    /// <summary>By default a count is every selected record.</summary>
    public virtual IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) =>
        d.Kind == IndicatorKind.Count ? [Select(d, c).Select(Owner)] : null;

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (Counted(d, c) is not { } sets)
        {
            return await OtherAsync(d, c, ct);
        }

        var sizes = await CountBatch.SizesAsync(d, c, sets, ct);
        return d.Kind == IndicatorKind.Rate && sizes.Length == 2 ? Figure.Share(sizes[1], sizes[0]) : SourceFigures.CountOrNull(sizes[0], d.Unit);
    }

    /// <summary>A figure that is not a count of rows (a sum, a count in the counted names' unit…); by default refused.</summary>
    protected virtual Task<Figure?> OtherAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) => throw Unsupported(d);

    public virtual Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) => ListAsync(Select(d, c), d, c, ct);

    protected InvalidOperationException Unsupported(IndicatorDefinition d) => SourceFigures.Unsupported(d, records);

    /// <summary>Records dated in the year, of the organization itself (scope "own") or anywhere under it.</summary>
    protected IQueryable<T> InYear(IQueryable<T> rows, IndicatorDefinition d, IndicatorContext c, Expression<Func<T, DateOnly>> on, Expression<Func<T, string>> path) =>
        Scoped(rows.Where(Between(on, c.From, c.To)), d, c, path);

    /// <summary>The organization's own records (scope "own") or those under it.</summary>
    protected IQueryable<T> Scoped(IQueryable<T> rows, IndicatorDefinition d, IndicatorContext c, Expression<Func<T, string>> path) =>
        d.Scope == "own" ? rows.Where(OwnedBy(c.Organization.Id)) : rows.Under(path, c.Path);

    private Expression<Func<T, bool>> OwnedBy(int id)
    {
        Expression<Func<int, bool>> own = ownerId => ownerId == id;
        var owner = Owner;
        return Expression.Lambda<Func<T, bool>>(Substitute(own, owner.Body), owner.Parameters);
    }

    private static Expression<Func<T, bool>> Between(Expression<Func<T, DateOnly>> on, DateOnly from, DateOnly to)
    {
        Expression<Func<DateOnly, bool>> range = day => day >= from && day <= to;
        return Expression.Lambda<Func<T, bool>>(Substitute(range, on.Body), on.Parameters);
    }

    private static Expression Substitute<TValue>(Expression<Func<TValue, bool>> test, Expression value) => new Replace(test.Parameters[0], value).Visit(test.Body);

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
