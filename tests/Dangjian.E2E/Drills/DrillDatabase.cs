using Npgsql;

namespace Dangjian.E2E.Drills;

/// <summary>
/// A fresh data folder and database for one drill: SQLite in the folder, or a new database on the PostgreSQL server
/// DANGJIAN_TEST_PG names (scripts/test.sh starts one on 127.0.0.1).
/// </summary>
public sealed class DrillDatabase : IAsyncDisposable
{
    private readonly string? server;

    private DrillDatabase(string provider, string connectionString, string dataDirectory, string? server, string? name)
    {
        (Provider, ConnectionString, DataDirectory, this.server, Name) = (provider, connectionString, dataDirectory, server, name);
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public string DataDirectory { get; }
    public string? Name { get; }
    public bool IsPostgres => Provider == "PostgreSQL";
    public string SqliteFile => Path.Combine(DataDirectory, "drill.db");

    public static string? PostgresServer => Environment.GetEnvironmentVariable("DANGJIAN_TEST_PG");

    public static async Task<DrillDatabase> CreateAsync(string provider)
    {
        var dir = Directory.CreateTempSubdirectory("dangjian-drill-").FullName;
        if (provider == "Sqlite")
        {
            return new DrillDatabase(provider, $"Data Source={Path.Combine(dir, "drill.db")}", dir, null, null);
        }

        var server = PostgresServer ?? throw new InvalidOperationException("DANGJIAN_TEST_PG is not set");
        var name = $"d_{Guid.NewGuid():N}";
        await AdminAsync(server, $"CREATE DATABASE {name}");
        return new DrillDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), dir, server, name);
    }

    /// <summary>Another empty database on the same server (PostgreSQL only), for a restore.</summary>
    public async Task<DrillDatabase> SiblingAsync() => IsPostgres ? await CreateAsync(Provider) : throw new InvalidOperationException("PostgreSQL only");

    /// <summary>The same database seen from another data folder (a restored copy), keeping its server.</summary>
    public DrillDatabase WithData(string connectionString, string dataDirectory) => new(Provider, connectionString, dataDirectory, null, null);

    private static async Task AdminAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (server is not null)
        {
            await AdminAsync(server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a file still open is left to the OS temp cleaner
        }
    }
}
