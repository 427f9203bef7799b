using System.Diagnostics;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dangjian.Bench;

/// <summary>
/// <c>-- ratios [rounds]</c>: each measured work beside its floor — a hand-written SQL script (Floors/*.sql) reading the
/// same records organizations-first — run alternately in the same process, with the load average before and after.
/// Two generated counties (every township seeded like the detailed one): one year of meetings and five years
/// (<see cref="DemoSeeder.MeetingMonths"/> = 60), so the report's cost can be compared as history grows. SQLite files in
/// the temp folder, or databases bench_ratio_1y / bench_ratio_5y on the server DANGJIAN_BENCH_PG names; seeded once, kept.
/// </summary>
public static class Ratios
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    public static async Task RunAsync(int rounds)
    {
        Console.WriteLine($"// {BenchDatabase.ProviderName}, load average {Load()}, {rounds} alternating rounds after a warm-up of every work on both databases and 2 per work");
        var results = new List<(string Name, double Product, double Floor)>();
        var counties = new List<(int Months, County County)>();
        foreach (var months in new[] { 12, 60 })
        {
            counties.Add((months, await County.OpenAsync(months)));
        }

        // The whole set once on both databases before any timing: the runtime's tiered JIT and EF's query cache are
        // warm for every work, so the database measured first is not the one that pays for them (session 9 saw the
        // 5-year report "cheaper" than the 1-year one). Repeated for DANGJIAN_BENCH_WARMUP seconds (30): tier-1 code needs
        // 30 calls and a background recompile per method.
        var warm = Stopwatch.StartNew();
        var warmSeconds = int.TryParse(Environment.GetEnvironmentVariable("DANGJIAN_BENCH_WARMUP"), out var w) ? w : 30;
        while (warm.Elapsed.TotalSeconds < warmSeconds)
        {
            foreach (var (_, county) in counties)
            {
                await county.ReportAsync(county.Townships);
                await county.ReportFloorAsync(county.Townships);
                await county.ComplianceAsync();
                await county.ComplianceFloorAsync();
            }
        }

        Console.WriteLine($"// warm-up over both databases: {warm.Elapsed.TotalSeconds:F0} s");
        foreach (var (months, county) in counties)
        {
            var history = months == 12 ? "1 year" : "5 years";
            results.Add(await MeasureAsync($"duty report, 1 township, {history}", rounds,
                () => county.ReportAsync(county.Townships.Take(1)), () => county.ReportFloorAsync(county.Townships.Take(1))));
            results.Add(await MeasureAsync($"duty report, {county.Townships.Count} townships, {history}", Math.Max(3, rounds / 3),
                () => county.ReportAsync(county.Townships), () => county.ReportFloorAsync(county.Townships)));
            results.Add(await MeasureAsync($"compliance matrix, county, this year, {history}", rounds,
                county.ComplianceAsync, county.ComplianceFloorAsync));
        }

        Console.WriteLine();
        Console.WriteLine($"{"work",-44} {"product",9} {"floor",9} {"ratio",6}");
        foreach (var (name, product, floor) in results)
        {
            Console.WriteLine($"{name,-44} {product,7:F1}ms {floor,7:F1}ms {product / floor,5:F2}×");
        }

        foreach (var kind in new[] { "duty report, 1 township", "duty report, 15 townships", "compliance matrix, county, this year" })
        {
            var one = results.Find(r => r.Name == $"{kind}, 1 year");
            var five = results.Find(r => r.Name == $"{kind}, 5 years");
            if (one.Name is not null && five.Name is not null)
            {
                Console.WriteLine($"{kind}: 5 years / 1 year of history = {five.Product / one.Product:F2} (floor {five.Floor / one.Floor:F2})");
            }
        }

        Console.WriteLine($"// load average {Load()}");
    }

    /// <summary><c>-- report-loop [seconds]</c>: one township's report over and over on the 1-year county, for a profiler to attach to.</summary>
    public static async Task LoopAsync(int seconds)
    {
        var county = await County.OpenAsync(12);
        var watch = Stopwatch.StartNew();
        var reports = 0;
        Console.WriteLine($"// pid {Environment.ProcessId}: composing one township's report for {seconds} s");
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            await county.ReportAsync(county.Townships.Take(1));
            reports++;
        }

        Console.WriteLine($"// {reports} reports, {watch.Elapsed.TotalMilliseconds / reports:F1} ms each");
    }

    private static async Task<(string, double, double)> MeasureAsync(string name, int rounds, Func<Task> product, Func<Task> floor)
    {
        for (var i = 0; i < 2; i++)
        {
            Statements.Count = 0;
            Statements.DatabaseMs = 0;
            var watch = Stopwatch.StartNew();
            await product();
            Console.WriteLine($"{name}: the product sends {Statements.Count} SQL statements, {Statements.DatabaseMs:F0} ms until their first rows of {watch.Elapsed.TotalMilliseconds:F0} ms");
            await floor();
        }


        var p = new List<double>();
        var f = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            p.Add(await TimeAsync(product));
            f.Add(await TimeAsync(floor));
        }

        var (pm, fm) = (Median(p), Median(f));
        Console.WriteLine($"{name}: product median {pm:F1} ms (min {p.Min():F1}), floor median {fm:F1} ms (min {f.Min():F1}), ratio {pm / fm:F2}×, load {Load()}");
        return (name, pm, fm);
    }

    internal static async Task<double> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed.TotalMilliseconds;
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>SQL statements the product sends (the floor's commands bypass EF and are counted by the script).</summary>
    private static readonly StatementCounter Statements = new();

    internal static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private sealed class County(DbContextOptions<AppDbContext> options, bool pg, Organization root, List<Organization> townships)
    {
        public List<Organization> Townships => townships;

        public static async Task<County> OpenAsync(int months)
        {
            var server = Environment.GetEnvironmentVariable("DANGJIAN_BENCH_PG");
            var name = months == 12 ? "1y" : "5y";
            DatabaseSetup setup;
            if (string.IsNullOrWhiteSpace(server))
            {
                setup = new DatabaseSetup(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetTempPath(), $"bench-ratio-{name}.db")}");
            }
            else
            {
                await using (var admin = new NpgsqlConnection(server))
                {
                    await admin.OpenAsync();
                    await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = 'bench_ratio_{name}'", admin);
                    if ((long)(await exists.ExecuteScalarAsync())! == 0)
                    {
                        await using var create = new NpgsqlCommand($"CREATE DATABASE bench_ratio_{name}", admin);
                        await create.ExecuteNonQueryAsync();
                    }
                }

                setup = new DatabaseSetup(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(server) { Database = $"bench_ratio_{name}" }.ToString());
            }

            var builder = new DbContextOptionsBuilder<AppDbContext>();
            setup.Configure(builder);
            builder.AddInterceptors(Statements);
            await using var db = new AppDbContext(builder.Options);
            await SchemaMigrator.MigrateAsync(db);
            var seeded = false;
            if (!await db.Organizations.AnyAsync())
            {
                var watch = Stopwatch.StartNew();
                await new DemoSeeder(db, null, null) { MeetingMonths = months, EveryTownshipDetailed = true }.SeedAsync(DemoScale.County, today: Today);
                Console.WriteLine($"// seeded {months} months of meetings in {watch.Elapsed.TotalSeconds:F0} s");
                seeded = true;
            }

            await Statistics.RefreshAsync(db, seeded);
            var root = await db.Organizations.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Id).FirstAsync();
            var townships = await db.Organizations.AsNoTracking().Where(o => o.ParentId == root.Id && o.Level == OrgLevel.TownshipCommittee).OrderBy(o => o.Id).ToListAsync();
            Console.WriteLine($"// {months} months: {townships.Count} townships, {await db.Meetings.CountAsync()} meetings, {await db.MeetingAttendances.CountAsync()} attendance rows");
            return new County(builder.Options, setup.Provider == DatabaseProvider.PostgreSql, root, townships);
        }

        public async Task ReportAsync(IEnumerable<Organization> which)
        {
            await using var db = new AppDbContext(options);
            var composer = ReportDrafts.Composer(db, Today);
            foreach (var township in which)
            {
                await composer.ComposeAsync(new ReportInput(township, Today.Year));
            }
        }

        public async Task ComplianceAsync()
        {
            await using var db = new AppDbContext(options);
            await new ComplianceQuery(db).RunAsync(root.Path, new DateOnly(Today.Year, 1, 1), new DateOnly(Today.Year, 12, 31), Today);
        }

        public async Task ReportFloorAsync(IEnumerable<Organization> which)
        {
            await using var db = new AppDbContext(options);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var township in which)
            {
                await FloorScript.Report.RunAsync(connection, township.Id, township.Path, Today, pg);
            }
        }

        public async Task ComplianceFloorAsync()
        {
            await using var db = new AppDbContext(options);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await FloorScript.Compliance.RunAsync(connection, root.Id, root.Path, Today, pg);
        }
    }
}
