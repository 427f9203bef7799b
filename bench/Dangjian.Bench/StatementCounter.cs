using System.Data.Common;

namespace Dangjian.Bench;

/// <summary>
/// Counts the SQL statements the product sends and the time until their first rows (hand-written floors bypass EF);
/// with DANGJIAN_BENCH_SQL=1 it writes each statement and its time to the error output.
/// </summary>
public sealed class StatementCounter : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
{
    public int Count;

    public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
        Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Count);
        if (Environment.GetEnvironmentVariable("DANGJIAN_BENCH_SQL") == "1")
        {
            Console.Error.WriteLine($"-- statement {Count}\n{command.CommandText}");
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>Time from sending a statement to its first row, summed: what the database itself takes of the product's time.</summary>
    public double DatabaseMs;

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData,
        DbDataReader result, CancellationToken cancellationToken = default)
    {
        DatabaseMs += eventData.Duration.TotalMilliseconds;
        if (Environment.GetEnvironmentVariable("DANGJIAN_BENCH_SQL") == "1")
        {
            Console.Error.WriteLine($"-- took {eventData.Duration.TotalMilliseconds:F1} ms until the first rows");
        }

        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }
}
