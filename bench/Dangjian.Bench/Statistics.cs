using Dangjian.Core.Data;

namespace Dangjian.Bench;

/// <summary>What the application does at start-up and after bulk writes (<see cref="DatabaseStatistics"/>).</summary>
internal static class Statistics
{
    public static Task RefreshAsync(AppDbContext db, bool afterBulkWrite) => DatabaseStatistics.RefreshAsync(db, afterBulkWrite);
}
