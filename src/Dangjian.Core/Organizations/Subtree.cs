using System.Linq.Expressions;

namespace Dangjian.Core.Organizations;

/// <summary>
/// The one subtree predicate for queries: a path range <c>path &gt;= p AND path &lt; p || '~'</c>, which both databases
/// answer from the index on organizations.path (a <c>LIKE p%</c> from StartsWith cannot use it: SQLite's LIKE is
/// case-insensitive and escaped, PostgreSQL plans it generically). Paths hold only digits and '/', all below '~', so the
/// range holds exactly the paths starting with p (docs/decisions/0017-queries-at-the-floor.md).
/// </summary>
public static class Subtree
{
    /// <summary>The first string after every path below <paramref name="prefix"/>.</summary>
    public static string End(string prefix) => prefix + "~";

    /// <summary>Whether a path lies in the subtree, as the range the database evaluates (the same answer as StartsWith).</summary>
    public static bool Contains(string prefix, string path) =>
        string.CompareOrdinal(path, prefix) >= 0 && string.CompareOrdinal(path, End(prefix)) < 0;

    /// <summary>Rows whose organization (reached by <paramref name="path"/>) lies in the subtree of <paramref name="prefix"/>.</summary>
    public static IQueryable<T> Under<T>(this IQueryable<T> rows, Expression<Func<T, string>> path, string prefix) =>
        rows.Where(Predicate(path, prefix));

    /// <summary>The range as an expression over <paramref name="path"/>, for joins and subqueries.</summary>
    public static Expression<Func<T, bool>> Predicate<T>(Expression<Func<T, string>> path, string prefix)
    {
        var end = End(prefix);
        Expression<Func<string, bool>> range = p => string.Compare(p, prefix) >= 0 && string.Compare(p, end) < 0;
        var body = new Replace(range.Parameters[0], path.Body).Visit(range.Body);
        return Expression.Lambda<Func<T, bool>>(body, path.Parameters[0]);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
