using System.Diagnostics;
using System.Net;
using Dangjian.Core.Demo;
using Shouldly;

namespace Dangjian.E2E.Drills;

/// <summary>
/// Crash drill: the real app is killed with SIGKILL at a random (seeded, logged) moment of an all-or-nothing member
/// import, then started again on the same data. Each time the members are all there or none, the audit chain is
/// intact, SQLite's integrity check passes, the upload is gone, and no file of the data folder (the database
/// included) holds a resident ID or phone in clear. The same for a 1,000-meeting 三会一课 ledger import: its meetings,
/// attendance rows and batch are all there or none.
/// </summary>
public sealed class CrashDrillTests(ITestOutputHelper output)
{
    public const int Trials = 5;
    public const int Rows = 2000;
    public const int Seed = 13;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task Kill_9_during_a_member_import_leaves_all_or_nothing_and_no_plaintext(string provider)
    {
        if (provider == "PostgreSQL" && DrillDatabase.PostgresServer is null)
        {
            Assert.Skip("DANGJIAN_TEST_PG is not set (scripts/test.sh starts PostgreSQL and sets it)");
        }

        var clock = Stopwatch.StartNew();
        var random = new Random(Seed);
        await using var app = new DrillApp(await DrillDatabase.CreateAsync(provider));
        await app.StartAsync();
        var uploads = Path.Combine(app.Database.DataDirectory, "uploads");
        int all = 0, none = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            var roster = await DrillRoster.CreateAsync(trial + 1, Rows);
            var before = await DrillChecks.MembersAsync(app.Database);
            var browser = app.NewBrowser();
            (await browser.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "clerk", ["Input.Password"] = DemoSeeder.DemoPassword }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var progress = await roster.StartImportAsync(browser);
            var delay = random.Next(0, 5000);
            await Task.Delay(delay);
            var state = await browser.Client.GetAsync(progress) is { StatusCode: HttpStatusCode.Redirect } ? "finished" : "running";
            await app.KillAsync();
            var left = Directory.Exists(uploads) ? Directory.GetFiles(uploads).Length : 0;

            await app.StartAsync();

            var after = await DrillChecks.MembersAsync(app.Database);
            output.WriteLine($"{provider} trial {trial + 1}: killed {delay} ms after the import started ({state}); members {before} → {after}; {left} upload files left by the kill");
            after.ShouldBeOneOf(before, before + Rows);
            (after == before ? ref none : ref all)++;
            (await DrillChecks.AuditProblemAsync(app.Database)).ShouldBeEmpty();
            if (!app.Database.IsPostgres)
            {
                (await DrillChecks.IntegrityAsync(app.Database.SqliteFile)).ShouldBe("ok");
            }

            Directory.GetFiles(uploads).ShouldBeEmpty();
            DrillChecks.PlaintextIn(app.Database.DataDirectory, roster.Ids, roster.Phones).ShouldBeEmpty();
        }

        output.WriteLine($"{provider}: {Trials} kills, {all} imports complete, {none} with nothing written, 0 partial; {clock.Elapsed.TotalSeconds:0} s");
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task Kill_9_during_a_ledger_import_leaves_all_or_nothing(string provider)
    {
        if (provider == "PostgreSQL" && DrillDatabase.PostgresServer is null)
        {
            Assert.Skip("DANGJIAN_TEST_PG is not set (scripts/test.sh starts PostgreSQL and sets it)");
        }

        const int trials = 5;
        const int meetings = 1000;
        var random = new Random(Seed);
        await using var app = new DrillApp(await DrillDatabase.CreateAsync(provider));
        await app.StartAsync();
        var uploads = Path.Combine(app.Database.DataDirectory, "uploads");
        var branches = await DrillLedger.BranchesAsync(app.Database);
        for (var trial = 0; trial < trials; trial++)
        {
            var ledger = await DrillLedger.CreateAsync(trial + 1, meetings, branches);
            var before = await DrillLedger.CountsAsync(app.Database);
            var browser = app.NewBrowser();
            (await browser.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "clerk", ["Input.Password"] = DemoSeeder.DemoPassword }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var preview = await Dangjian.Web.Tests.Imports.LedgerPages.CheckAsync(browser, "meetings", ledger);
            var import = Dangjian.Web.Tests.Imports.LedgerPages.ConfirmAsync(browser, "meetings", preview);
            var delay = random.Next(0, 8000);
            await Task.Delay(delay);
            var state = import.IsCompleted ? "finished" : "running";
            await app.KillAsync();
            await Task.WhenAny(import);

            await app.StartAsync();

            var after = await DrillLedger.CountsAsync(app.Database);
            output.WriteLine($"{provider} trial {trial + 1}: killed {delay} ms after confirming ({state}); meetings/attendance/batches {before} → {after}");
            after.ShouldBeOneOf(before, before with { Meetings = before.Meetings + meetings, Attendance = after.Attendance, Batches = before.Batches + 1 });
            (after.Meetings == before.Meetings ? after.Attendance == before.Attendance : after.Attendance > before.Attendance).ShouldBeTrue();
            (await DrillChecks.AuditProblemAsync(app.Database)).ShouldBeEmpty();
            if (!app.Database.IsPostgres)
            {
                (await DrillChecks.IntegrityAsync(app.Database.SqliteFile)).ShouldBe("ok");
            }

            Directory.GetFiles(uploads).ShouldBeEmpty();
        }
    }
}
