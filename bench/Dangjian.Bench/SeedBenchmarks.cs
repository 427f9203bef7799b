using BenchmarkDotNet.Attributes;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Bench;

/// <summary>Generating and writing the fictional county (tree + members) into a fresh SQLite file.</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class SeedBenchmarks
{
    private string file = "";

    [Params(DemoScale.Demo, DemoScale.County)]
    public DemoScale Scale { get; set; }

    [IterationSetup]
    public void NewDatabase() => file = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.db");

    [Benchmark]
    public async Task Seed()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new AppDbContext(options);
        await SchemaMigrator.MigrateAsync(db);
        await new DemoSeeder(db, null, null).SeedAsync(Scale);
    }

    [IterationCleanup]
    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
