using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dangjian.Core.Tests.Data;

/// <summary>The text of every query a context sends, for tests that count what a piece of work reads.</summary>
public sealed class StatementLog : DbCommandInterceptor
{
    public ConcurrentQueue<string> Texts { get; } = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Texts.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
