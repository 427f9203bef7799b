using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Maintenance verbs of the same executable:
/// <c>schema-script sqlite|postgresql</c> prints the schema EF would create (the base for a new versioned script);
/// <c>backup FILE</c> writes a consistent copy of the SQLite database while the app may be running;
/// <c>verify-audit [--checkpoint FILE]</c> checks the audit log's HMAC chain, and against a checkpoint the auditor kept
/// (exit code 0 intact, 1 broken, cut off, recomputed or unreadable);
/// <c>init</c> sets up an empty database for a real county (<see cref="InitCommand"/>);
/// <c>check FILE…</c> runs the report checker on .docx/.txt files (<see cref="ReportCheckCommand"/>);
/// <c>generate SIZE</c> fills an empty database with generated counties (<see cref="GenerateCommand"/>).
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
            case "check":
                return await ReportCheckCommand.RunAsync(args.Skip(1).ToArray());
            case "generate":
                return await GenerateCommand.RunAsync(args.Skip(1).ToArray());
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
        var rest = args.Skip(1).ToList();
        var at = rest.IndexOf("--checkpoint");
        string? checkpointFile = null;
        if (at >= 0)
        {
            checkpointFile = rest.ElementAtOrDefault(at + 1) ?? throw new ConfigurationProblem("用法：verify-audit --checkpoint <检查点文件>");
            rest.RemoveRange(at, 2);
        }

        var (builder, options) = Configured(rest.ToArray());
        var keyDirectory = KeyPlacement.Directory(builder.Configuration,
            Path.GetFullPath(options.DataDirectory, builder.Environment.ContentRootPath), builder.Environment.ContentRootPath);
        var key = AuditKey.Resolve(builder.Configuration[AuditKey.ConfigurationKey], keyDirectory, createIfMissing: false);
        await using var db = OpenDatabase(builder, options);
        try
        {
            if (checkpointFile is not null)
            {
                return await CheckAgainstAsync(db, key, CheckpointKey.Resolve(builder.Configuration[CheckpointKey.ConfigurationKey], keyDirectory, createIfMissing: false),
                    checkpointFile);
            }

            var result = await new AuditVerifier(key).VerifyAsync(db);
            Console.WriteLine(result.Describe());
            if (result.Ok)
            {
                // The chain alone cannot reveal a cut-off tail or a recomputed chain: check against a saved checkpoint.
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

    /// <summary>The configuration a verb runs under (appsettings, environment, <c>--Key=value</c> arguments) and its database options.</summary>
    internal static (WebApplicationBuilder Builder, DatabaseOptions Options) Configured(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        return (builder, builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions());
    }

    /// <summary>The configured database, unscoped: a verb is run by the operator, not by a user of the pages.</summary>
    internal static AppDbContext OpenDatabase(WebApplicationBuilder builder, DatabaseOptions options)
    {
        var dbOptions = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Resolve(options, builder.Environment.ContentRootPath).Configure(dbOptions);
        return new AppDbContext(dbOptions.Options);
    }

    private static async Task<int> CheckAgainstAsync(AppDbContext db, AuditKey key, CheckpointKey checkpointKey, string file)
    {
        AuditCheckpoint checkpoint;
        try
        {
            checkpoint = AuditCheckpoint.Parse(await File.ReadAllTextAsync(file));
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"无法读取检查点文件“{file}”：{e.Message}");
            return 1;
        }

        var check = await new AuditCheckpoints(key, checkpointKey).CheckAsync(db, checkpoint);
        Console.WriteLine(check.Message);
        return check.Ok ? 0 : 1;
    }

    private static async Task BackupAsync(string[] args)
    {
        var target = Path.GetFullPath(args.ElementAtOrDefault(1) ?? throw new ConfigurationProblem("用法：backup <备份文件路径>"));
        var builder = WebApplication.CreateBuilder(args.Skip(2).ToArray());
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var setup = DatabaseSetup.Resolve(options, builder.Environment.ContentRootPath);
        if (setup.Provider != DatabaseProvider.Sqlite)
        {
            throw new ConfigurationProblem("PostgreSQL 请使用 pg_dump 备份（见 docs/operations/backups.md）。");
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
