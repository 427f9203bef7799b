using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Data.Schema;

/// <summary>
/// Applies the versioned SQL scripts of the current provider (Data/Schema/{sqlite|postgresql}/NNNN_name.sql),
/// each in its own transaction together with its row in schema_versions.
/// </summary>
public static class SchemaMigrator
{
    public sealed record Script(int Version, string Name, string Sql);

    public static IReadOnlyList<Script> ScriptsFor(DatabaseProvider provider)
    {
        var folder = provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql";
        var prefix = $"Dangjian.Core.Data.Schema.{folder}.";
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^4]))
            .OrderBy(s => s.Version)
            .ToList();
    }

    private static Script Load(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var version = int.Parse(fileName[..fileName.IndexOf('_')], System.Globalization.CultureInfo.InvariantCulture);
        return new Script(version, fileName, reader.ReadToEnd());
    }

    /// <summary>Applies what is missing; returns the versions applied now.</summary>
    public static Task<IReadOnlyList<int>> MigrateAsync(AppDbContext db, CancellationToken ct = default) => MigrateAsync(db, int.MaxValue, ct);

    /// <summary>Applies what is missing up to <paramref name="upToVersion"/> (a database as an older release left it).</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(AppDbContext db, int upToVersion, CancellationToken ct = default)
    {
        var provider = db.Database.IsNpgsql() ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var connection = db.Database.GetDbConnection();
        await OpenAsync(connection, ct);
        await ExecAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_versions (
                version integer NOT NULL PRIMARY KEY,
                name varchar(200) NOT NULL,
                applied_at_utc varchar(40) NOT NULL)
            """, ct);

        var applied = new List<int>();
        foreach (var script in ScriptsFor(provider).Where(s => s.Version <= upToVersion))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            if (provider == DatabaseProvider.PostgreSql)
            {
                await ExecAsync(connection, tx, "LOCK TABLE schema_versions IN EXCLUSIVE MODE", ct);
            }

            if (await IsAppliedAsync(connection, tx, script.Version, ct))
            {
                await tx.RollbackAsync(ct);
                continue;
            }

            await ExecAsync(connection, tx, script.Sql, ct);
            await ExecAsync(connection, tx,
                $"INSERT INTO schema_versions (version, name, applied_at_utc) VALUES ({script.Version}, '{script.Name.Replace("'", "''", StringComparison.Ordinal)}', '{TimeProvider.System.UtcNow():O}')", ct);
            await tx.CommitAsync(ct);
            applied.Add(script.Version);
        }

        return applied;
    }

    private static async Task OpenAsync(DbConnection connection, CancellationToken ct)
    {
        if (connection.State == System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await connection.OpenAsync(ct);
        }
        catch (Exception e) when (e is DbException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
        {
            throw new ConfigurationProblem(
                $"无法连接数据库，请检查配置项 Database:ConnectionString（{e.Message}）。"
                + " (Cannot connect with Database:ConnectionString.)", e);
        }
    }

    private static async Task<bool> IsAppliedAsync(DbConnection c, DbTransaction tx, int version, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT COUNT(*) FROM schema_versions WHERE version = {version}";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static async Task ExecAsync(DbConnection c, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
