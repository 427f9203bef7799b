using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

[assembly: AssemblyFixture(typeof(Dangjian.Core.Tests.Demo.DemoTownshipTemplate))]

namespace Dangjian.Core.Tests.Demo;

/// <summary>
/// The demo township (schema scripts plus <see cref="DemoScale.Township"/> as of <see cref="Today"/>) seeded once per
/// test process into a SQLite file; each test gets its own copy of the file. As an assembly fixture it deletes the
/// template when the run ends.
/// </summary>
public sealed class DemoTownshipTemplate : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    private static readonly Lazy<Task<string>> Template = new(SeedAsync);

    /// <summary>Writes a fresh copy of the seeded township to <paramref name="file"/>.</summary>
    public static async Task CopyToAsync(string file) => File.Copy(await Template.Value, file);

    private static async Task<string> SeedAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("dangjian-township-").FullName, "template.db");
        // No pooling: once the context is disposed the file is closed and complete, ready to be copied.
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options);
        await SchemaMigrator.MigrateAsync(db);
        await new DemoSeeder(db, null, null).SeedAsync(DemoScale.Township, today: Today);
        return file;
    }

    public void Dispose()
    {
        if (Template.IsValueCreated && Template.Value.IsCompletedSuccessfully)
        {
            Directory.Delete(Path.GetDirectoryName(Template.Value.Result)!, recursive: true);
        }
    }
}
