using System.Linq.Expressions;
using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// A family's summary statement (its year's records under the organization, grouped) compiled once with
/// <see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(Expression{Func{TContext, TParam1, IQueryable{TResult}}})"/>:
/// EF otherwise rebuilds, parameterizes and looks up the query tree on every call, about a fifth of a small statement's
/// cost in a profile of the report. The rows are those of <see cref="Organizations.Subtree.Under"/> and a date range, the
/// same SQL, and the scope filters still apply (<see cref="CompiledPerModel{TQuery}"/>).
/// </summary>
public sealed class YearSummary<T, TRow> where T : class
{
    private readonly CompiledPerModel<Func<AppDbContext, DateOnly, DateOnly, string, string, int, IAsyncEnumerable<TRow>>> compiled;

    /// <param name="set">The family's table.</param>
    /// <param name="on">The date placing a record in the year.</param>
    /// <param name="path">The path of the organization the record belongs to.</param>
    /// <param name="summarize">The grouping of the selected records, given the organization's id.</param>
    public YearSummary(Expression<Func<AppDbContext, IQueryable<T>>> set, Expression<Func<T, DateOnly>> on, Expression<Func<T, string>> path,
        Expression<Func<IQueryable<T>, int, IQueryable<TRow>>> summarize)
    {
        // a compiled query's parameters must be scalars: EF cannot read members of one
        var db = Expression.Parameter(typeof(AppDbContext), "db");
        var (from, to, prefix, end, id) = (Expression.Parameter(typeof(DateOnly), "from"), Expression.Parameter(typeof(DateOnly), "to"),
            Expression.Parameter(typeof(string), "prefix"), Expression.Parameter(typeof(string), "end"), Expression.Parameter(typeof(int), "id"));
        var row = Expression.Parameter(typeof(T), "x");
        var (day, orgPath) = (Replace(on, row), Replace(path, row));
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        var selected = Expression.AndAlso(
            Expression.AndAlso(Expression.GreaterThanOrEqual(day, from), Expression.LessThanOrEqual(day, to)),
            Expression.AndAlso(Expression.GreaterThanOrEqual(Expression.Call(compare, orgPath, prefix), Expression.Constant(0)),
                Expression.LessThan(Expression.Call(compare, orgPath, end), Expression.Constant(0))));
        var rows = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], Replace(set, db), Expression.Quote(Expression.Lambda<Func<T, bool>>(selected, row)));
        var body = new Swap(new() { [summarize.Parameters[0]] = rows, [summarize.Parameters[1]] = id }).Visit(summarize.Body);
        var lambda = Expression.Lambda<Func<AppDbContext, DateOnly, DateOnly, string, string, int, IQueryable<TRow>>>(body, db, from, to, prefix, end, id);
        compiled = new(() => EF.CompileAsyncQuery(lambda));
    }

    public async Task<List<TRow>> ReadAsync(IndicatorContext c, CancellationToken ct)
    {
        var rows = new List<TRow>();
        await foreach (var row in compiled.For(c.Db)(c.Db, c.From, c.To, c.Path, Organizations.Subtree.End(c.Path), c.Organization.Id).WithCancellation(ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static Expression Replace(LambdaExpression lambda, Expression by) => new Swap(new() { [lambda.Parameters[0]] = by }).Visit(lambda.Body);

    private sealed class Swap(Dictionary<ParameterExpression, Expression> by) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => by.GetValueOrDefault(node, node);
    }
}
