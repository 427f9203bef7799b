using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dangjian.Core.Data;

/// <summary>
/// A query compiled with <c>EF.CompileAsyncQuery</c>, once per model: a compiled query refuses a context of another model
/// (the other provider, a test's own model). Compiled, EF skips rebuilding, parameterizing and looking up the query tree on
/// every call; the SQL and the scope filters (read from the context given) are the same.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConcurrentDictionary<IModel, TQuery> compiled = new();

    public TQuery For(AppDbContext db) => compiled.GetOrAdd(db.Model, _ => compile());
}
