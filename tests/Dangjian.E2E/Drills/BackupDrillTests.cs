using System.Diagnostics;
using System.Net;
using Dangjian.Core.Demo;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Shouldly;

namespace Dangjian.E2E.Drills;

/// <summary>
/// Backup and restore drill: while a 2,000-row import writes through the running app, a backup is taken (SQLite: the
/// app's own <c>backup</c> verb, an online VACUUM INTO; PostgreSQL: <c>pg_dump -Fc</c>) and restored into a fresh
/// database. The restored copy passes SQLite's integrity check and the audit-chain verification, holds the import
/// all or not at all, every table the import does not write has the same row count as the source, and the detailed
/// township's duty report composed from the copy reads exactly as the one composed from the source in the same state
/// (before the import, or after it, whichever the backup caught).
/// </summary>
public sealed class BackupDrillTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> WrittenByImport = ["members", "audit_entries", "import_presets"];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task A_backup_taken_during_an_import_restores_to_a_consistent_copy(string provider)
    {
        if (provider == "PostgreSQL" && DrillDatabase.PostgresServer is null)
        {
            Assert.Skip("DANGJIAN_TEST_PG is not set (scripts/test.sh starts PostgreSQL and sets it)");
        }

        await using var app = new DrillApp(await DrillDatabase.CreateAsync(provider));
        await app.StartAsync();
        var roster = await DrillRoster.CreateAsync(9, 2000);
        var members = await DrillChecks.MembersAsync(app.Database);
        var tables = await CountsAsync(app.Database);
        var reportBefore = await ReportAsync(app.Database);
        var browser = app.NewBrowser();
        (await browser.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "clerk", ["Input.Password"] = DemoSeeder.DemoPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var progress = await roster.StartImportAsync(browser);
        await Task.Delay(300);

        var backupDir = Directory.CreateTempSubdirectory("dangjian-backup-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var running = await browser.Client.GetAsync(progress) is { StatusCode: HttpStatusCode.OK };
            await using var restored = provider == "Sqlite" ? await SqliteBackupAsync(app, backupDir) : await PostgresBackupAsync(app, backupDir);
            var took = clock.Elapsed;
            await FinishedAsync(browser, progress);

            var restoredMembers = await DrillChecks.MembersAsync(restored);
            output.WriteLine($"{provider}: backup and restore in {took.TotalSeconds:0.0} s, import {(running ? "still running" : "already finished")} when it began; members {members} → restored {restoredMembers}, source now {await DrillChecks.MembersAsync(app.Database)}");
            restoredMembers.ShouldBeOneOf(members, members + roster.Rows);
            (await DrillChecks.AuditProblemAsync(restored)).ShouldBeEmpty();
            if (!restored.IsPostgres)
            {
                (await DrillChecks.IntegrityAsync(restored.SqliteFile)).ShouldBe("ok");
            }

            var copy = await CountsAsync(restored);
            copy.Where(t => !WrittenByImport.Contains(t.Key)).ShouldBe(tables.Where(t => !WrittenByImport.Contains(t.Key)));
            DrillChecks.PlaintextIn(backupDir, roster.Ids, roster.Phones).ShouldBeEmpty();
            var reportAfter = await ReportAsync(app.Database);
            reportAfter.ShouldNotBe(reportBefore, "the import changes the report (members), so the comparison below can tell the two states apart");
            (await ReportAsync(restored)).ShouldBe(restoredMembers == members ? reportBefore : reportAfter);
        }
        finally
        {
            if (Directory.Exists(backupDir))
            {
                Directory.Delete(backupDir, recursive: true);
            }
        }
    }

    /// <summary>The detailed township's report for this year, composed (not saved) from a database: every paragraph's text and the member total.</summary>
    private static async Task<string> ReportAsync(DrillDatabase database)
    {
        await using var db = DrillChecks.Open(database);
        var township = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var today = Dangjian.Core.Time.BeijingTime.Today(TimeProvider.System);
        var report = await Dangjian.Core.Reports.ReportDrafts.Composer(db, today).ComposeAsync(new(township, today.Year));
        var total = await new Dangjian.Core.Indicators.IndicatorService(db, Dangjian.Core.Indicators.IndicatorCatalog.Builtin, today)
            .ComputeAsync("members.total", township, today.Year);
        return string.Join("\n", [.. report.Paragraphs.Select(p => p.Text), $"党员总数 {total.Figure?.Text}"]);
    }

    private static async Task<DrillDatabase> SqliteBackupAsync(DrillApp app, string backupDir)
    {
        var file = Path.Combine(backupDir, "drill.db");
        var backup = await RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Dangjian.Web.dll"), "backup", file,
            "--Database:Provider=Sqlite", $"--Database:ConnectionString={app.Database.ConnectionString}", $"--Database:DataDirectory={app.Database.DataDirectory}"]);
        backup.ShouldContain("已备份到");

        CopyKeys(app.Database.DataDirectory, backupDir);
        return app.Database.WithData($"Data Source={file}", backupDir);
    }

    private static async Task<DrillDatabase> PostgresBackupAsync(DrillApp app, string backupDir)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.Parse(Path.GetFileName(d))).Last() + "/bin/";
        var source = new NpgsqlConnectionStringBuilder(app.Database.ConnectionString);
        var dump = Path.Combine(backupDir, "drill.dump");
        await RunAsync(bin + "pg_dump", ["-Fc", "-h", source.Host!, "-p", source.Port.ToString(), "-U", source.Username!, "-f", dump, source.Database!]);
        var fresh = await app.Database.SiblingAsync();
        CopyKeys(app.Database.DataDirectory, fresh.DataDirectory);
        await RunAsync(bin + "pg_restore", ["--no-owner", "-h", source.Host!, "-p", source.Port.ToString(), "-U", source.Username!, "-d", fresh.Name!, dump]);
        return fresh;
    }

    // The keys live in the data folder beside the database; the operator's backup of that folder brings them back.
    private static void CopyKeys(string from, string to)
    {
        foreach (var key in Directory.GetFiles(from).Where(f => !Path.GetFileName(f).StartsWith("drill.db", StringComparison.Ordinal)))
        {
            File.Copy(key, Path.Combine(to, Path.GetFileName(key)));
        }
    }

    private static async Task<string> RunAsync(string program, string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        process.ExitCode.ShouldBe(0, $"{program}: {await stderr}");
        return await stdout;
    }

    private static async Task<Dictionary<string, long>> CountsAsync(DrillDatabase database)
    {
        await using var db = DrillChecks.Open(database);
        var counts = new Dictionary<string, long>();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order())
        {
#pragma warning disable EF1002 // table names come from the model, not from input
            counts[table] = await db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"").SingleAsync();
#pragma warning restore EF1002
        }

        return counts;
    }

    private static async Task FinishedAsync(Dangjian.Web.Tests.Infrastructure.Browser browser, string progress)
    {
        for (var i = 0; i < 600 && (await browser.Client.GetAsync(progress)).StatusCode != HttpStatusCode.Redirect; i++)
        {
            await Task.Delay(200);
        }
    }
}
