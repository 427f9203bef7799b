using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Organizations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Tests.Audit;

/// <summary>A real SQLite file in a temp folder, with the schema scripts applied and the audit interceptor wired.</summary>
public sealed class AuditDatabase : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("dangjian-audit-").FullName;

    public AuditDatabase()
    {
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "test.db"), Pooling = false }.ToString();
        Key = AuditKey.Resolve(null, directory);
        Writer = new AuditWriter(Key);
    }

    public string ConnectionString { get; }
    public AuditKey Key { get; }
    public AuditWriter Writer { get; }
    public IAuditContext Actor { get; set; } = new AuditActor("clerk01", 7, 3, "10.0.0.8");

    public static async Task<AuditDatabase> CreateAsync()
    {
        var database = new AuditDatabase();
        await using var db = database.Open();
        await SchemaMigrator.MigrateAsync(db);
        return database;
    }

    public TestDbContext Open()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSetup(DatabaseProvider.Sqlite, ConnectionString).Configure(builder);
        builder.AddInterceptors(new AuditInterceptor(Actor, Writer));
        return new TestDbContext(builder.Options);
    }

    public Task<AuditVerification> VerifyAsync()
    {
        using var db = Open();
        return new AuditVerifier(Key, pageSize: 3).VerifyAsync(db);
    }

    public async Task ExecAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task<Organization> AddOrganizationAsync(string name)
    {
        await using var db = Open();
        var org = new Organization { Name = name, Level = OrgLevel.CountyCommittee, Sector = OrgSector.Regional };
        db.Organizations.Add(org);
        await db.SaveChangesAsync();
        return org;
    }

    public async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = Open();
        return await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, true);
        }
        catch (IOException)
        {
            // best effort on a temp folder
        }

        return ValueTask.CompletedTask;
    }
}
