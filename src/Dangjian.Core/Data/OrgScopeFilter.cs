using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Data;

/// <summary>
/// Declares the organization-scope query filter of an org-owned entity from the path of its organization, so every
/// entity is scoped by the same expression: visible when the context is unscoped or the path lies under a scope root.
/// "Under" is the path range of <see cref="Organizations.Subtree"/> (<c>path &gt;= root AND path &lt; root || '~'</c>), not a
/// LIKE, so a database can answer it from the index on organizations.path (docs/decisions/0017-queries-at-the-floor.md).
/// </summary>
public static class OrgScopeFilter
{
    public static void Apply<T>(ModelBuilder builder, AppDbContext db, Expression<Func<T, string>> path) where T : class
    {
        Expression<Func<string, bool>> inScope = p => db.ScopeAll || db.ScopePaths.Any(root => string.Compare(p, root) >= 0 && string.Compare(p, root + "~") < 0);
        var body = new Replace(inScope.Parameters[0], path.Body).Visit(inScope.Body);
        builder.Entity<T>().HasQueryFilter(Expression.Lambda<Func<T, bool>>(body, path.Parameters[0]));
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
