using Dangjian.Core.Data;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dangjian.Bench;

/// <summary>
/// <c>-- province-timings "primary" ["standby"] [yyyy-mm-dd]</c>: on a database filled by <c>generate province</c>, one
/// township's duty report (the first township of each county) and one county's compliance matrix for the year, each
/// county in turn, from the primary and then from a hot standby of it, each beside its floor (Floors/report.sql for the
/// township, Floors/compliance.sql for the county) run right after it; prints medians and ratios, the size of the big
/// tables and the load average. The targets (issue #18): a report &lt; 300 ms and a county's matrix &lt; 300 ms, from either.
/// </summary>
public static class ProvinceTimings
{
    public static async Task RunAsync(string primary, string? standby, DateOnly today)
    {
        Console.WriteLine($"// province timings, reference date {today:yyyy-MM-dd}, load average {Ratios.Load()}");
        await SizesAsync(primary);
        foreach (var (name, connection) in new[] { ("primary", primary), ("standby", standby) })
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                continue;
            }

            var options = Options(connection);
            await using var db = new AppDbContext(options);
            var counties = await db.Organizations.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Id).ToListAsync();
            var townships = new List<Organization>();
            foreach (var county in counties)
            {
                townships.Add(await db.Organizations.AsNoTracking().Where(o => o.ParentId == county.Id && o.Level == OrgLevel.TownshipCommittee).OrderBy(o => o.Id).FirstAsync());
            }

            // warm-up: the runtime and EF's query cache, on a county not timed first
            for (var i = 0; i < 3; i++)
            {
                await ReportAsync(options, townships[^1], today);
                await ComplianceAsync(options, counties[^1], today);
                await FloorAsync(options, FloorScript.Report, townships[^1], today);
                await FloorAsync(options, FloorScript.Compliance, counties[^1], today);
            }

            var (reports, reportFloors, matrices, matrixFloors) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            for (var i = 0; i < counties.Count; i++)
            {
                reports.Add(await Ratios.TimeAsync(() => ReportAsync(options, townships[i], today)));
                reportFloors.Add(await Ratios.TimeAsync(() => FloorAsync(options, FloorScript.Report, townships[i], today)));
                matrices.Add(await Ratios.TimeAsync(() => ComplianceAsync(options, counties[i], today)));
                matrixFloors.Add(await Ratios.TimeAsync(() => FloorAsync(options, FloorScript.Compliance, counties[i], today)));
            }

            Console.WriteLine($"{name}: one township's duty report median {Ratios.Median(reports):F0} ms (min {reports.Min():F0}, max {reports.Max():F0}), " +
                $"floor {Ratios.Median(reportFloors):F0} ms, ratio {Ratios.Median(reports) / Ratios.Median(reportFloors):F2}×; " +
                $"a county's compliance matrix median {Ratios.Median(matrices):F0} ms (min {matrices.Min():F0}, max {matrices.Max():F0}), " +
                $"floor {Ratios.Median(matrixFloors):F0} ms, ratio {Ratios.Median(matrices) / Ratios.Median(matrixFloors):F2}×; {counties.Count} counties; load {Ratios.Load()}");
        }
    }

    private static async Task SizesAsync(string connection)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        foreach (var table in new[] { "meeting_attendances", "meetings", "members", "organizations", "audit_entries" })
        {
            await using var count = new NpgsqlCommand($"SELECT count(*), coalesce((SELECT sum(pg_total_relation_size(relid))::bigint FROM pg_partition_tree('{table}')), pg_total_relation_size('{table}')) FROM {table}", c);
            await using var reader = await count.ExecuteReaderAsync();
            await reader.ReadAsync();
            Console.WriteLine($"// {table}: {reader.GetInt64(0):N0} rows, {reader.GetInt64(1) / 1048576.0:N0} MB");
        }

        await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", c);
        Console.WriteLine($"// database: {(long)(await size.ExecuteScalarAsync())! / 1048576.0:N0} MB");
    }

    private static DbContextOptions<AppDbContext> Options(string connection)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSetup(DatabaseProvider.PostgreSql, connection).Configure(builder);
        return builder.Options;
    }

    private static async Task ReportAsync(DbContextOptions<AppDbContext> options, Organization township, DateOnly today)
    {
        await using var db = new AppDbContext(options);
        await ReportDrafts.Composer(db, today).ComposeAsync(new ReportInput(township, today.Year));
    }

    private static async Task FloorAsync(DbContextOptions<AppDbContext> options, FloorScript script, Organization org, DateOnly today)
    {
        await using var db = new AppDbContext(options);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await script.RunAsync(connection, org.Id, org.Path, today, pg: true);
    }

    private static async Task ComplianceAsync(DbContextOptions<AppDbContext> options, Organization county, DateOnly today)
    {
        await using var db = new AppDbContext(options);
        await ComplianceQuery.YearAsync(db, county.Path, today.Year, today);
    }
}
