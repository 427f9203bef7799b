using System.Text;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.E2E.Drills;

/// <summary>What a drill checks on a stopped or running app's data: counts, the audit chain, SQLite integrity, plaintext left in files.</summary>
public static class DrillChecks
{
    public static AppDbContext Open(DrillDatabase database)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSetup(database.IsPostgres ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite, database.ConnectionString).Configure(options);
        return new AppDbContext(options.Options);
    }

    public static async Task<int> MembersAsync(DrillDatabase database)
    {
        await using var db = Open(database);
        return await db.Members.IgnoreQueryFilters().CountAsync();
    }

    /// <summary>The audit chain verified with the key in the data folder ("" when intact, else why not).</summary>
    public static async Task<string> AuditProblemAsync(DrillDatabase database, string? dataDirectory = null)
    {
        await using var db = Open(database);
        var result = await new AuditVerifier(AuditKey.Resolve(null, dataDirectory ?? database.DataDirectory, createIfMissing: false)).VerifyAsync(db);
        return result.Ok ? "" : result.Describe();
    }

    public static async Task<string> IntegrityAsync(string sqliteFile)
    {
        await using var connection = new SqliteConnection($"Data Source={sqliteFile};Pooling=False");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>Files of the data folder (database included) holding in clear one of every 150th resident ID or phone.</summary>
    public static List<string> PlaintextIn(string directory, IReadOnlyList<string> ids, IReadOnlyList<string> phones)
    {
        var samples = ids.Where((_, i) => i % 150 == 0).Concat(phones.Where((_, i) => i % 150 == 75)).Select(Encoding.ASCII.GetBytes).ToList();
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            if (samples.FirstOrDefault(s => bytes.AsSpan().IndexOf(s) >= 0) is { } hit)
            {
                found.Add($"{Path.GetRelativePath(directory, file)}: {Encoding.ASCII.GetString(hit)}");
            }
        }

        return found;
    }
}
