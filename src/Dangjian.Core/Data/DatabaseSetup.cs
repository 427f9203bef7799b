using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Dangjian.Core.Data;

/// <summary>Turns <see cref="DatabaseOptions"/> into a provider and connection string, failing with a clear message.</summary>
public sealed record DatabaseSetup(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The hot standby for reads (PostgreSQL only), or null: every read on the primary.</summary>
    public string? ReadOnlyConnectionString { get; init; }

    public static DatabaseSetup Resolve(DatabaseOptions options, string contentRoot)
    {
        var provider = options.Provider.Trim().ToLowerInvariant() switch
        {
            "sqlite" or "" => DatabaseProvider.Sqlite,
            "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
            _ => throw new ConfigurationProblem(
                $"配置项 Database:Provider 的值“{options.Provider}”无法识别，只能是 Sqlite 或 PostgreSQL。"
                + $" (Unknown Database:Provider '{options.Provider}'; use Sqlite or PostgreSQL.)"),
        };
        if (provider == DatabaseProvider.Sqlite)
        {
            if (!string.IsNullOrWhiteSpace(options.ReadOnlyConnectionString))
            {
                throw new ConfigurationProblem(
                    "配置项 Database:ReadOnlyConnectionString（只读备库）只能与 PostgreSQL 一起使用，SQLite 没有备库，请删除该配置项。"
                    + " (Database:ReadOnlyConnectionString needs Database:Provider PostgreSQL; SQLite has no standby.)");
            }

            return ForSqlite(options, contentRoot);
        }

        return ForPostgres(options) with { ReadOnlyConnectionString = ReadOnly(options.ReadOnlyConnectionString) };
    }

    private static DatabaseSetup ForSqlite(DatabaseOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new DatabaseSetup(DatabaseProvider.Sqlite, options.ConnectionString);
        }

        var dir = Path.GetFullPath(options.DataDirectory, contentRoot);
        EnsureWritable(dir);
        var file = Path.Combine(dir, "dangjian.db");
        var cs = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
        return new DatabaseSetup(DatabaseProvider.Sqlite, cs);
    }

    private static DatabaseSetup ForPostgres(DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ConfigurationProblem(
                "使用 PostgreSQL 时必须设置配置项 Database:ConnectionString（环境变量 Database__ConnectionString）。"
                + " (Database:ConnectionString is required for PostgreSQL.)");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationProblem($"配置项 Database:ConnectionString 格式错误：{e.Message}", e);
        }

        return new DatabaseSetup(DatabaseProvider.PostgreSql, options.ConnectionString);
    }

    private static string? ReadOnly(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationProblem($"配置项 Database:ReadOnlyConnectionString 格式错误：{e.Message}", e);
        }

        return connectionString;
    }

    private static void EnsureWritable(string dir)
    {
        try
        {
            Directory.CreateDirectory(dir);
            var probe = Path.Combine(dir, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationProblem(
                $"数据目录“{dir}”不可写，请检查配置项 Database:DataDirectory 或目录权限。"
                + $" (Database:DataDirectory '{dir}' is not writable: {e.Message})", e);
        }
    }

    public void Configure(DbContextOptionsBuilder builder) => Configure(builder, ConnectionString);

    /// <summary>The same model and provider on the standby's connection (only when <see cref="ReadOnlyConnectionString"/> is set).</summary>
    public void ConfigureReadOnly(DbContextOptionsBuilder builder) =>
        Configure(builder, ReadOnlyConnectionString ?? throw new InvalidOperationException("No Database:ReadOnlyConnectionString configured."));

    private void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        // Accounts are deliberately not org-filtered while their organization is: that is the intended asymmetry.
        builder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        // A list in a query (the scope's subtree roots, a set of kinds) goes as one parameter (json_each / = ANY) rather than
        // one parameter per element: the SQL then does not depend on the list's length, so EF reuses it instead of
        // regenerating it on every execution (ADR 0012; ≈20–25% of a duty report's time).
        if (Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(connectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        }
        else
        {
            builder.UseNpgsql(Prepared.GetOrAdd(connectionString, AutoPrepared), o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        }
    }

    /// <summary>
    /// PostgreSQL plans every statement it is sent unless the statement is prepared, and a duty report's count statement (one
    /// UNION over every counted family, ≈ 28 kB with ≈ 180 parameters) spent most of its ≈ 39 ms planning. Npgsql prepares
    /// a statement by itself once it has run <see cref="NpgsqlConnectionStringBuilder.AutoPrepareMinUsages"/> times on a
    /// connection when Max Auto Prepare is above 0 (its default is 0): one township's report 88 → 24 ms (ADR 0017, sixth
    /// pass). A connection string that sets Max Auto Prepare itself is kept as it is (0 turns it off, e.g. behind a
    /// PgBouncer older than 1.21, which cannot keep prepared statements in transaction mode).
    /// </summary>
    public static string AutoPrepared(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = AutoPrepareSlots }.ConnectionString;
    }

    // Configure runs for every context (every request): the connection string is parsed once per string, not per request.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Prepared = new();

    /// <summary>Statements kept prepared per connection (least recently used dropped first); a report sends ≈ 23 kinds.</summary>
    public const int AutoPrepareSlots = 200;
}
