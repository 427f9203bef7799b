using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Data.Schema;

/// <summary>
/// PostgreSQL: the tables partitioned by year (scripts 0030 and 0031, ADR 0019) get their partitions ahead on each start;
/// rows of a year without its partition land in the table's default partition. The audit log is written now, so it
/// needs this year and the next <see cref="YearsAhead"/>; meetings are also entered late (补录) or loaded for past
/// years, so theirs reach back <see cref="MeetingYearsBack"/> years.
/// </summary>
public static class YearPartitions
{
    public const int YearsAhead = 2;

    public const int MeetingYearsBack = 5;

    public static readonly IReadOnlyList<string> MeetingTables = ["meetings", "meeting_attendances"];

    /// <summary>Creates what is missing; returns the partitions created now (none on SQLite).</summary>
    public static async Task<IReadOnlyList<string>> CreateAheadAsync(AppDbContext db, int year, CancellationToken ct = default)
    {
        var created = new List<string>(await CreateAsync(db, ["audit_entries"], year, year + YearsAhead, ct));
        created.AddRange(await CreateAsync(db, MeetingTables, year - MeetingYearsBack, year + YearsAhead, ct));
        return created;
    }

    /// <summary>The partitions of years <paramref name="from"/> to <paramref name="to"/> of the tables (none on SQLite).</summary>
    public static async Task<IReadOnlyList<string>> CreateAsync(AppDbContext db, IReadOnlyList<string> tables, int from, int to, CancellationToken ct = default)
    {
        var created = new List<string>();
        if (!db.Database.IsNpgsql())
        {
            return created;
        }

        foreach (var table in tables)
        {
            for (var y = from; y <= to; y++)
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
