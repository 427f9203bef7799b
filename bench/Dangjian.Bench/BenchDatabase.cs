using Dangjian.Core.Data;
using Npgsql;

namespace Dangjian.Bench;

/// <summary>
/// A fresh database for one benchmark iteration: a SQLite file, or, when DANGJIAN_BENCH_PG names a PostgreSQL server
/// (e.g. "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"), a new database on it, dropped afterwards.
/// </summary>
public sealed class BenchDatabase(string directory)
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("DANGJIAN_BENCH_PG");
    private string? name;

    public static string ProviderName => Server is null ? "SQLite" : "PostgreSQL";

    /// <summary>
    /// Every mode measures the work itself, not the derived-results cache (ADR 0023). Program.cs calls it, and so does each
    /// GlobalSetup: a child process of the benchmark runner does not run Program.cs.
    /// </summary>
    public static void MeasureWorkNotCache() => DerivedCache.Enabled = false;

    public DatabaseSetup Setup { get; private set; } = null!;

    /// <summary>
    /// The options of a database seeded once and kept for later runs: the PostgreSQL database DANGJIAN_BENCH_PG names,
    /// otherwise <paramref name="sqliteFile"/> in the temp folder.
    /// </summary>
    public static Microsoft.EntityFrameworkCore.DbContextOptions<AppDbContext> Kept(string sqliteFile)
    {
        var setup = string.IsNullOrWhiteSpace(Server)
            ? new DatabaseSetup(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetTempPath(), sqliteFile)}")
            : new DatabaseSetup(DatabaseProvider.PostgreSql, Server);
        var builder = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<AppDbContext>();
        setup.Configure(builder);
        return builder.Options;
    }

    public DatabaseSetup Create()
    {
        name = $"bench_{Guid.NewGuid():N}";
        if (Server is null)
        {
            Setup = new DatabaseSetup(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, name + ".db")}");
            return Setup;
        }

        Execute($"CREATE DATABASE {name}");
        Setup = new DatabaseSetup(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString());
        return Setup;
    }

    public void Drop()
    {
        if (Server is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(Path.Combine(directory, name + ".db"));
            return;
        }

        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
