using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Organizations;
using Dangjian.Core.Tests.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Tests.Cadres;

/// <summary>A real SQLite file in a temp folder with the schema scripts applied.</summary>
public sealed class CadreDatabase : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("dangjian-cadres-").FullName;

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "test.db"), Pooling = false }.ToString();

    public static async Task<CadreDatabase> CreateAsync()
    {
        var database = new CadreDatabase();
        await using var db = database.Open();
        await SchemaMigrator.MigrateAsync(db);
        return database;
    }

    /// <summary>A copy of the demo township seeded as of <see cref="DemoTownshipTemplate.Today"/>.</summary>
    public static async Task<CadreDatabase> DemoTownshipAsync()
    {
        var database = new CadreDatabase();
        await DemoTownshipTemplate.CopyToAsync(Path.Combine(database.directory, "test.db"));
        return database;
    }

    public AppDbContext Open(IOrgScope? scope = null, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSetup(DatabaseProvider.Sqlite, ConnectionString).Configure(builder);
        builder.AddInterceptors(interceptors);
        return new AppDbContext(builder.Options, scope);
    }

    public static async Task<Organization> AddOrganizationAsync(AppDbContext db, string name, OrgLevel level, Organization? parent = null)
    {
        var org = new Organization { Name = name, Level = level, ParentId = parent?.Id, Sector = parent is null ? OrgSector.Regional : OrgSector.Village };
        db.Organizations.Add(org);
        await db.SaveChangesAsync();
        org.Path = $"{parent?.Path ?? "/"}{org.Id}/";
        await db.SaveChangesAsync();
        return org;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }

        return ValueTask.CompletedTask;
    }
}
