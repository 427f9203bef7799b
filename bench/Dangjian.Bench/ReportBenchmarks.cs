using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Bench;

/// <summary>
/// Composing duty reports over a generated county (every township kept as diligently as the detailed one, one year of
/// meetings): one township's report (target &lt; 300 ms) and every township's (target &lt; 5 s). SQLite in the temp folder,
/// or PostgreSQL when DANGJIAN_BENCH_PG is set; the data is seeded once and kept. `-- report-quick` prints plain timings.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private DbContextOptions<AppDbContext> options = null!;
    private List<Organization> townships = [];

    [GlobalSetup]
    public void Setup()
    {
        BenchDatabase.MeasureWorkNotCache();
        SetupAsync().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<ComposedReport> OneTownship()
    {
        await using var db = new AppDbContext(options);
        return await ReportDrafts.Composer(db, Today).ComposeAsync(new ReportInput(townships[0], Today.Year));
    }

    [Benchmark]
    public async Task<int> AllTownships()
    {
        await using var db = new AppDbContext(options);
        var composer = ReportDrafts.Composer(db, Today);
        var paragraphs = 0;
        foreach (var township in townships)
        {
            paragraphs += (await composer.ComposeAsync(new ReportInput(township, Today.Year))).Paragraphs.Count;
        }

        return paragraphs;
    }

    public static async Task QuickAsync()
    {
        var bench = new ReportBenchmarks();
        var seed = Stopwatch.StartNew();
        await bench.SetupAsync();
        Console.WriteLine($"setup (seed if empty): {seed.Elapsed.TotalSeconds:F1} s; {bench.townships.Count} townships");
        await bench.OneTownship(); // warm-up: EF model, query compilation
        await using (var db = new AppDbContext(bench.options))
        {
            var service = new IndicatorService(db, IndicatorCatalog.Builtin, Today);
            var times = new List<(string Id, double Ms)>();
            foreach (var d in IndicatorCatalog.Builtin.All)
            {
                var watch = Stopwatch.StartNew();
                await service.ComputeAsync(d.Id, bench.townships[0], Today.Year);
                times.Add((d.Id, watch.Elapsed.TotalMilliseconds));
            }

            Console.WriteLine("slowest indicators: " + string.Join(", ", times.OrderByDescending(t => t.Ms).Take(5).Select(t => $"{t.Id} {t.Ms:F0} ms")));
        }

        for (var i = 0; i < 3; i++)
        {
            var one = Stopwatch.StartNew();
            await bench.OneTownship();
            var oneMs = one.Elapsed.TotalMilliseconds;
            var all = Stopwatch.StartNew();
            var paragraphs = await bench.AllTownships();
            Console.WriteLine($"run {i + 1}: one township {oneMs:F0} ms; all {bench.townships.Count} townships {all.Elapsed.TotalMilliseconds:F0} ms ({paragraphs} paragraphs)");
        }
    }

    private async Task SetupAsync()
    {
        options = BenchDatabase.Kept("bench-report-county.db");

        await using var db = new AppDbContext(options);
        await SchemaMigrator.MigrateAsync(db);
        if (!await db.Organizations.AnyAsync())
        {
            await new DemoSeeder(db, null, null) { MeetingMonths = 12, EveryTownshipDetailed = true }.SeedAsync(DemoScale.County, today: Today);
        }

        var county = await db.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).FirstAsync();
        townships = await db.Organizations.AsNoTracking().Where(o => o.ParentId == county.Id && o.Level == OrgLevel.TownshipCommittee).OrderBy(o => o.Id).ToListAsync();
        Console.WriteLine($"// {townships.Count} townships, {await db.Meetings.CountAsync()} meetings, {await db.WorkRecords.CountAsync()} work records");
    }
}
