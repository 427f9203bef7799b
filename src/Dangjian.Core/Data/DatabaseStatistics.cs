using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Data;

/// <summary>
/// Keeps the query planner's statistics current, so it starts a subtree query from the organizations and not from the
/// county's whole attendance history. SQLite never analyzes by itself: the first call runs ANALYZE (sampled, bounded by
/// analysis_limit), later calls PRAGMA optimize, which re-analyzes only tables whose size changed a lot. PostgreSQL's
/// autovacuum analyzes on its own schedule; after a bulk write (the demo seed, an import) ANALYZE runs at once.
/// </summary>
public static class DatabaseStatistics
{
    /// <summary>At start-up and after bulk writes. <paramref name="afterBulkWrite"/>: rows were just written in bulk.</summary>
    public static async Task RefreshAsync(AppDbContext db, bool afterBulkWrite, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql())
        {
            if (afterBulkWrite)
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
            }

            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000", ct);
            var analyzed = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync(ct) > 0;
            await db.Database.ExecuteSqlRawAsync(analyzed ? "PRAGMA optimize = 0x10002" : "ANALYZE", ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
