using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Maintenance verbs of the same executable:
/// <c>schema-script sqlite|postgresql</c> prints the schema EF would create (the base for a new versioned script);
/// <c>backup FILE</c> writes a consistent copy of the SQLite database while the app may be running;
/// <c>verify-audit</c> checks the audit log's HMAC chain (exit code 0 intact, 1 broken or unreadable);
/// <c>init</c> sets up an empty database for a real county (<see cref="InitCommand"/>).
/// </summary>
public static class Cli
{
    /// <summary>Runs a maintenance verb and returns its exit code, or null when the arguments name none.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "schema-script":
                Console.WriteLine(SchemaScript(args.ElementAtOrDefault(1) ?? "sqlite"));
                return 0;
            case "backup":
                await BackupAsync(args);
                return 0;
            case "verify-audit":
                return await VerifyAuditAsync(args);
            case "init":
                return await InitCommand.RunAsync(args.Skip(1).ToArray());
            default:
                return null;
        }
    }

    public static string SchemaScript(string provider)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSetup(provider.StartsWith("post", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite,
            provider.StartsWith("post", StringComparison.OrdinalIgnoreCase) ? "Host=127.0.0.1" : "Data Source=:memory:").Configure(builder);
        using var db = new AppDbContext(builder.Options);
        return db.Database.GenerateCreateScript();
    }

    private static async Task<int> VerifyAuditAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args.Skip(1).ToArray());
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var setup = DatabaseSetup.Resolve(options, builder.Environment.ContentRootPath);
        var key = AuditKey.Resolve(builder.Configuration[AuditKey.ConfigurationKey],
            Path.GetFullPath(options.DataDirectory, builder.Environment.ContentRootPath), createIfMissing: false);
        var dbOptions = new DbContextOptionsBuilder<AppDbContext>();
        setup.Configure(dbOptions);
        await using var db = new AppDbContext(dbOptions.Options);
        try
        {
            var result = await new AuditVerifier(key).VerifyAsync(db);
            Console.WriteLine(result.Describe());
            if (result.Ok)
            {
                // The chain cannot reveal a cut-off tail: compare this with the value recorded last time.
                Console.WriteLine($"最后一条哈希 (last hash): {result.LastHash}");
            }

            return result.Ok ? 0 : 1;
        }
        catch (System.Data.Common.DbException e)
        {
            await Console.Error.WriteLineAsync($"无法读取审计日志：{e.Message}");
            return 1;
        }
    }

    private static async Task BackupAsync(string[] args)
    {
        var target = Path.GetFullPath(args.ElementAtOrDefault(1) ?? throw new ConfigurationProblem("用法：backup <备份文件路径>"));
        var builder = WebApplication.CreateBuilder(args.Skip(2).ToArray());
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var setup = DatabaseSetup.Resolve(options, builder.Environment.ContentRootPath);
        if (setup.Provider != DatabaseProvider.Sqlite)
        {
            throw new ConfigurationProblem("PostgreSQL 请使用 pg_dump 备份（见 README）。");
        }

        await using var connection = new SqliteConnection(setup.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "VACUUM INTO $target";
        cmd.Parameters.AddWithValue("$target", target);
        await cmd.ExecuteNonQueryAsync();
        Console.WriteLine($"已备份到 {target}");
    }
}
