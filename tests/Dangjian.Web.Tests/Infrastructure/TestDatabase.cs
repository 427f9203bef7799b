using Npgsql;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test fixture on the provider the run asks for:
/// DANGJIAN_TEST_PROVIDER=sqlite (default) or postgresql, with DANGJIAN_TEST_PG naming the server
/// (started by scripts/test.sh on 127.0.0.1).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? adminConnection;
    private readonly string? databaseName;

    private TestDatabase(string provider, string connectionString, string dataDirectory, string? adminConnection, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        this.adminConnection = adminConnection;
        this.databaseName = databaseName;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public string DataDirectory { get; }
    public bool IsPostgres => Provider == "PostgreSQL";

    public static string RequestedProvider =>
        (Environment.GetEnvironmentVariable("DANGJIAN_TEST_PROVIDER") ?? "sqlite").ToLowerInvariant().StartsWith("post", StringComparison.Ordinal)
            ? "PostgreSQL" : "Sqlite";

    public static async Task<TestDatabase> CreateAsync()
    {
        var dir = Directory.CreateTempSubdirectory("dangjian-test-").FullName;
        if (RequestedProvider == "Sqlite")
        {
            return new TestDatabase("Sqlite", $"Data Source={Path.Combine(dir, "test.db")}", dir, null, null);
        }

        var server = Environment.GetEnvironmentVariable("DANGJIAN_TEST_PG")
            ?? throw new InvalidOperationException("DANGJIAN_TEST_PG must name the PostgreSQL server (scripts/test.sh sets it).");
        var name = $"t_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await cmd.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase("PostgreSQL", cs, dir, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(adminConnection);
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", admin);
            await cmd.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection is left to the OS temp cleaner.
        }
    }
}
