using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Data.Schema;

/// <summary>
/// PostgreSQL: the tables partitioned by Beijing calendar year (script 0030) get the partitions of this year and the
/// next <see cref="YearsAhead"/> on each start; rows of any other year land in the table's default partition.
/// </summary>
public static class YearPartitions
{
    public const int YearsAhead = 2;

    public static readonly IReadOnlyList<string> Tables = ["audit_entries"];

    /// <summary>Creates what is missing; returns the partitions created now (none on SQLite).</summary>
    public static async Task<IReadOnlyList<string>> CreateAheadAsync(AppDbContext db, int year, CancellationToken ct = default)
    {
        var created = new List<string>();
        if (!db.Database.IsNpgsql())
        {
            return created;
        }

        foreach (var table in Tables)
        {
            for (var y = year; y <= year + YearsAhead; y++)
            {
                var made = await db.Database.SqlQuery<bool>($"SELECT year_partition({table}, {y}) AS \"Value\"").SingleAsync(ct);
                if (made)
                {
                    created.Add($"{table}_y{y}");
                }
            }
        }

        return created;
    }
}
