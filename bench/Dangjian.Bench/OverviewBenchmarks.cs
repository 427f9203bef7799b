using BenchmarkDotNet.Attributes;
using Dangjian.Core.Dashboard;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Bench;

/// <summary>
/// The county overview (/Reports/Overview, the county's home) for a county of 20 townships: the generated full county
/// (15 townships, every one keeping records like the detailed one) plus five townships made of villages moved out of
/// the others. Target: under 300 ms. PostgreSQL when DANGJIAN_BENCH_PG names an empty (or previously seeded) database,
/// otherwise a SQLite file in the temp folder, seeded once and kept. Run with <c>--inProcess</c> (offline), or
/// <c>-- overview-quick</c> for min / median / max of 20 timed runs.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class OverviewBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private const int Townships = 20;
    private DbContextOptions<AppDbContext> options = null!;

    [GlobalSetup]
    public void Setup()
    {
        BenchDatabase.MeasureWorkNotCache();
        SetupAsync().GetAwaiter().GetResult();
    }

    private async Task SetupAsync()
    {
        options = BenchDatabase.Kept("bench-overview-county.db");

        await using var db = new AppDbContext(options);
        await SchemaMigrator.MigrateAsync(db);
        if (!await db.Organizations.AnyAsync())
        {
            await new DemoSeeder(db, null, null) { EveryTownshipDetailed = true }.SeedAsync(DemoScale.County, today: Today);
        }

        await AddTownshipsAsync(db);
        Console.WriteLine($"// {await db.Organizations.CountAsync(o => o.Level == OrgLevel.TownshipCommittee)} townships, {await db.Organizations.CountAsync()} organizations");
    }

    /// <summary>Brings the county to 20 townships: each new one takes four villages of the largest township.</summary>
    private static async Task AddTownshipsAsync(AppDbContext db)
    {
        var county = await db.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).FirstAsync();
        var clock = new FixedClock(Today);
        for (var n = await db.Organizations.CountAsync(o => o.Level == OrgLevel.TownshipCommittee); n < Townships; n++)
        {
            var township = await OrganizationTree.AddAsync(db, new Organization
            {
                Name = $"基准新设第{n + 1}乡党委", Level = OrgLevel.TownshipCommittee, Sector = OrgSector.Regional, SortOrder = n + 1,
            }, county);
            var largest = await db.Organizations.Where(o => o.Level == OrgLevel.TownshipCommittee && o.Id != township.Id)
                .OrderByDescending(o => db.Organizations.Count(c => c.ParentId == o.Id)).ThenBy(o => o.Id).FirstAsync();
            foreach (var village in await db.Organizations.Where(o => o.ParentId == largest.Id).OrderBy(o => o.Id).Take(4).ToListAsync())
            {
                await OrganizationTree.MoveAsync(db, clock, village, township, "基准测试：区划调整", "bench");
            }
        }
    }

    /// <summary>
    /// 20 timed overviews after 2 warm-ups, alternating with the one compliance-engine run each overview contains (the
    /// part that no grouping removes), with the statements one overview sends and the load average before and after.
    /// </summary>
    public static async Task QuickAsync()
    {
        var bench = new OverviewBenchmarks();
        await bench.SetupAsync();
        var statements = new StatementCounter();
        bench.options = new DbContextOptionsBuilder<AppDbContext>(bench.options).AddInterceptors(statements).Options;
        Console.WriteLine($"// {BenchDatabase.ProviderName}, load average {Ratios.Load()}");
        for (var i = 0; i < 2; i++)
        {
            statements.Count = 0;
            await bench.CountyThisYear();
            Console.WriteLine($"// one overview sends {statements.Count} SQL statements");
            await bench.ComplianceRun();
        }

        var (times, engine) = (new List<double>(), new List<double>());
        for (var i = 0; i < 20; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await bench.CountyThisYear();
            times.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await bench.ComplianceRun();
            engine.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        engine.Sort();
        Console.WriteLine($"CountyOverview: min {times[0]:F0} ms, median {(times[9] + times[10]) / 2:F0} ms, max {times[^1]:F0} ms");
        Console.WriteLine($"of which the one compliance run: min {engine[0]:F0} ms, median {(engine[9] + engine[10]) / 2:F0} ms, max {engine[^1]:F0} ms");
        Console.WriteLine($"// load average {Ratios.Load()}");
    }

    private async Task ComplianceRun()
    {
        await using var db = new AppDbContext(options);
        var county = await db.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Path).FirstAsync();
        await new Dangjian.Core.OrgLife.ComplianceQuery(db).RunAsync(county, new DateOnly(Today.Year, 1, 1), Today, Today);
    }

    /// <summary>What the county's home and the overview page compute: every township's row for this year.</summary>
    [Benchmark]
    public async Task<IReadOnlyList<OverviewRow>> CountyThisYear()
    {
        await using var db = new AppDbContext(options);
        return await new CountyOverview(db).LoadAsync(Today.Year, Today);
    }

    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);
    }
}
