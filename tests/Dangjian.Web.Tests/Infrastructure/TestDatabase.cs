using Npgsql;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// A database and data folder for one test fixture on the provider the run asks for:
/// DANGJIAN_TEST_PROVIDER=sqlite (default) or postgresql, with DANGJIAN_TEST_PG naming the server
/// (started by scripts/test.sh on 127.0.0.1).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private const string SqliteFile = "test.db";
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

    private static string PostgresServer => Environment.GetEnvironmentVariable("DANGJIAN_TEST_PG")
        ?? throw new InvalidOperationException("DANGJIAN_TEST_PG must name the PostgreSQL server (scripts/test.sh sets it).");

    /// <summary>A fresh, empty database and an empty data folder.</summary>
    public static Task<TestDatabase> CreateAsync() => CreateAsync(template: null);

    /// <summary>
    /// A private copy of <paramref name="template"/> (closed for good by <see cref="SealAsTemplateAsync"/>): its data
    /// folder, including the key files the data was encrypted and audited with, and its database.
    /// </summary>
    internal static async Task<TestDatabase> CopyOfAsync(TestDatabase template)
    {
        var copy = await CreateAsync(template);
        CopyDirectory(template.DataDirectory, copy.DataDirectory);
        return copy;
    }

    private static async Task<TestDatabase> CreateAsync(TestDatabase? template)
    {
        var dir = Directory.CreateTempSubdirectory("dangjian-test-").FullName;
        if (RequestedProvider == "Sqlite")
        {
            return new TestDatabase("Sqlite", $"Data Source={Path.Combine(dir, SqliteFile)}", dir, null, null);
        }

        var name = $"t_{Guid.NewGuid():N}";
        var from = template is null ? "" : $" TEMPLATE {template.databaseName}";
        await AdminAsync(PostgresServer, $"CREATE DATABASE {name}{from}");
        var cs = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ToString();
        return new TestDatabase("PostgreSQL", cs, dir, PostgresServer, name);
    }

    /// <summary>
    /// Closes every connection to this database and refuses new ones, so that it can be copied:
    /// a file copy needs no open SQLite handle, CREATE DATABASE … TEMPLATE needs no session on the template.
    /// </summary>
    internal async Task SealAsTemplateAsync()
    {
        if (adminConnection is null)
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await AdminAsync(adminConnection, $"ALTER DATABASE {databaseName} ALLOW_CONNECTIONS false");
        // A connection left in a pool the client could not clear is ended by the server (waiting up to 5 s for it).
        await AdminAsync(adminConnection, $"SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = '{databaseName}'");
    }

    private static async Task AdminAsync(string server, string sql)
    {
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, admin);
        await cmd.ExecuteNonQueryAsync();
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(adminConnection, $"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)");
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
