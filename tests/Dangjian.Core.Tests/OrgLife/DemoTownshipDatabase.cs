using Dangjian.Core.Data;
using Dangjian.Core.Tests.Demo;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Tests.OrgLife;

/// <summary>A fresh SQLite file per test with the demo township seeded as of <see cref="Today"/> (a copy of <see cref="DemoTownshipTemplate"/>).</summary>
public abstract class DemoTownshipDatabase : IAsyncLifetime
{
    protected static readonly DateOnly Today = DemoTownshipTemplate.Today;
    private readonly string file = Path.Combine(Path.GetTempPath(), $"orglife-{Guid.NewGuid():N}.db");

    protected string ConnectionString => $"Data Source={file}";

    protected AppDbContext Open(IOrgScope? scope = null) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options, scope);

    public async ValueTask InitializeAsync() => await DemoTownshipTemplate.CopyToAsync(file);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
