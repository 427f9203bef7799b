using BenchmarkDotNet.Attributes;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Bench;

/// <summary>
/// The compliance matrix of a generated county (≈300 branches, 5 years of meetings, ≈1M attendance rows).
/// PostgreSQL when DANGJIAN_BENCH_PG holds a connection string to an empty (or previously seeded) database,
/// otherwise a SQLite file in the temp folder. The data is seeded once and kept for later runs (seeding takes minutes).
/// Without network access add <c>--inProcess</c>: the default toolchain restores a generated project from nuget.org.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class ComplianceBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private DbContextOptions<AppDbContext> options = null!;
    private string countyPath = "";

    [GlobalSetup]
    public void Setup()
    {
        BenchDatabase.MeasureWorkNotCache();
        SetupAsync().GetAwaiter().GetResult();
    }

    private async Task SetupAsync()
    {
        options = BenchDatabase.Kept("bench-orglife-county.db");

        await using var db = new AppDbContext(options);
        await SchemaMigrator.MigrateAsync(db);
        if (!await db.Organizations.AnyAsync())
        {
            await new DemoSeeder(db, null, null) { MeetingMonths = 60, EveryTownshipDetailed = true }.SeedAsync(DemoScale.County, today: Today);
        }

        countyPath = await db.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Path).FirstAsync();
        Console.WriteLine($"// {await db.Meetings.CountAsync()} meetings, {await db.MeetingAttendances.CountAsync()} attendance rows");
    }

    /// <summary>
    /// <c>-- compliance-quick</c>: 30 timed runs of each query after 3 warm-ups, min / median / max, and the wall time of
    /// the attendance GROUP BY alone, to see on a loaded machine what the query itself costs.
    /// </summary>
    public static async Task QuickAsync()
    {
        var bench = new ComplianceBenchmarks();
        await bench.SetupAsync();
        foreach (var (name, run) in new (string, Func<Task>)[] { ("CountyThisYear", bench.CountyThisYear), ("CountyFiveYears", bench.CountyFiveYears) })
        {
            for (var i = 0; i < 3; i++)
            {
                await run();
            }

            var times = new List<double>();
            for (var i = 0; i < 30; i++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await run();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"{name}: min {times[0]:F0} ms, median {times[15]:F0} ms, max {times[^1]:F0} ms");
        }
    }

    /// <summary>The usual screen: this year, every organization of the county.</summary>
    [Benchmark]
    public async Task<IReadOnlyList<OrgCompliance>> CountyThisYear()
    {
        await using var db = new AppDbContext(options);
        return await new ComplianceQuery(db).RunAsync(countyPath, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Today);
    }

    /// <summary>The whole history: all five years at once.</summary>
    [Benchmark]
    public async Task<IReadOnlyList<OrgCompliance>> CountyFiveYears()
    {
        await using var db = new AppDbContext(options);
        return await new ComplianceQuery(db).RunAsync(countyPath, new DateOnly(2022, 1, 1), new DateOnly(2026, 12, 31), Today);
    }
}
