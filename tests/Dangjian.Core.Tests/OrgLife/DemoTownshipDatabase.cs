using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Tests.OrgLife;

/// <summary>A fresh SQLite file per test with the demo township seeded as of <see cref="Today"/>.</summary>
public abstract class DemoTownshipDatabase : IAsyncLifetime
{
    protected static readonly DateOnly Today = new(2026, 11, 21);
    private readonly string file = Path.Combine(Path.GetTempPath(), $"orglife-{Guid.NewGuid():N}.db");

    protected AppDbContext Open(IOrgScope? scope = null) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={file}").Options, scope);

    public async ValueTask InitializeAsync()
    {
        await using var db = Open();
        await SchemaMigrator.MigrateAsync(db);
        await new DemoSeeder(db, null, null).SeedAsync(DemoScale.Township, today: Today);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
