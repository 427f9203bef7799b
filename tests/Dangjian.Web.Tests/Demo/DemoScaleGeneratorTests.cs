using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Demo;

/// <summary>
/// The scale generator at a small shape (2 counties × 3 townships × 4 villages, 1 year) on the run's provider:
/// deterministic, every county holds every record kind, and the product's compliance and report run on its data.
/// </summary>
public sealed class DemoScaleGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private static readonly DemoScaleShape Small = new(Counties: 2, Townships: 3, Villages: 4, Years: 1);

    private static AppDbContext Open(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSetup(database.IsPostgres ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite, database.ConnectionString).Configure(options);
        return new AppDbContext(options.Options);
    }

    private static async Task<(TestDatabase Database, DemoScaleResult Result)> GenerateAsync(int seed, DemoScaleShape? shape = null)
    {
        var database = await TestDatabase.CreateAsync();
        await using var db = Open(database);
        await SchemaMigrator.MigrateAsync(db);
        var result = await new DemoScaleGenerator(db, new TestClock()).GenerateAsync(shape ?? Small, seed, Today);
        return (database, result);
    }

    /// <summary>Every record kind the demo county has, counted within one county (by the owning organization's id).</summary>
    private static readonly (string Kind, Func<AppDbContext, List<int>, Task<int>> Count)[] Kinds =
    [
        ("members", (db, ids) => db.Members.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("meetings", (db, ids) => db.Meetings.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("attendance", (db, ids) => db.MeetingAttendances.CountAsync(x => ids.Contains(x.Meeting!.OrganizationId))),
        ("monthly themes", (db, ids) => db.MonthlyThemes.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("work records", (db, ids) => db.WorkRecords.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("key task lists", (db, ids) => db.KeyTaskLists.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("inspections", (db, ids) => db.Inspections.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("rectification", (db, ids) => db.RectificationItems.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("bulletins", (db, ids) => db.Bulletins.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("talks", (db, ids) => db.Talks.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("commitments", (db, ids) => db.Commitments.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("service records", (db, ids) => db.ServiceRecords.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("development cases", (db, ids) => db.DevelopmentCases.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("election terms", (db, ids) => db.ElectionTerms.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("cadres", (db, ids) => db.Cadres.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("reserve cadres", (db, ids) => db.ReserveCadres.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("demonstration titles", (db, ids) => db.DemonstrationTitles.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("honours", (db, ids) => db.Honours.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("weak organizations", (db, ids) => db.WeakOrganizations.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("statistic values", (db, ids) => db.StatisticValues.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("yearly statistics", (db, ids) => db.YearlyStatistics.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("campaigns", (db, ids) => db.Campaigns.CountAsync(x => ids.Contains(x.OrganizationId))),
        ("county wording", (db, ids) => db.CountyReportTemplates.CountAsync(x => ids.Contains(x.OrganizationId))),
    ];

    private static async Task<Dictionary<string, int>> CountsAsync(AppDbContext db, Organization county)
    {
        var ids = await db.Organizations.Where(o => o.Path.StartsWith(county.Path)).Select(o => o.Id).ToListAsync();
        var counts = new Dictionary<string, int>();
        foreach (var (kind, count) in Kinds)
        {
            counts[kind] = await count(db, ids);
        }

        return counts;
    }

    private static Task<List<Organization>> CountiesAsync(AppDbContext db) =>
        db.Organizations.Where(o => o.Level == OrgLevel.CountyCommittee).OrderBy(o => o.Id).ToListAsync();

    [Fact]
    public async Task Every_county_holds_every_record_kind()
    {
        var (database, result) = await GenerateAsync(7);
        await using var _ = database;
        await using var db = Open(database);
        var counties = await CountiesAsync(db);
        counties.Count.ShouldBe(2);
        result.Counties.ShouldBe(2);
        result.Organizations.ShouldBe(await db.Organizations.CountAsync());
        result.Members.ShouldBe(await db.Members.CountAsync());
        result.AttendanceRows.ShouldBe(await db.MeetingAttendances.CountAsync());
        foreach (var county in counties)
        {
            (await db.Organizations.CountAsync(o => o.ParentId == county.Id)).ShouldBe(3);
            var counts = await CountsAsync(db, county);
            counts.Where(c => c.Value == 0).Select(c => c.Key).ShouldBeEmpty($"{county.Name} lacks these record kinds");
        }
    }

    [Fact]
    public async Task The_same_seed_generates_the_same_counts_and_figures()
    {
        var (first, _) = await GenerateAsync(11);
        await using var a = first;
        var (second, _) = await GenerateAsync(11);
        await using var b = second;
        var (other, _) = await GenerateAsync(12);
        await using var c = other;

        var one = await SnapshotAsync(first);
        var two = await SnapshotAsync(second);
        var three = await SnapshotAsync(other);
        two.Counts.ShouldBe(one.Counts);
        two.Figures.ShouldBe(one.Figures);
        two.Members.ShouldBe(one.Members);
        three.Members.ShouldNotBe(one.Members, "another seed generates other members");
    }

    /// <summary>Counts per kind in the second county, and the report figures and member names of its second township (a light one).</summary>
    private static async Task<(List<string> Counts, List<string> Figures, List<string> Members)> SnapshotAsync(TestDatabase database)
    {
        await using var db = Open(database);
        var county = (await CountiesAsync(db))[1];
        var counts = (await CountsAsync(db, county)).Select(c => $"{c.Key}={c.Value}").ToList();
        var township = await db.Organizations.Where(o => o.ParentId == county.Id).OrderBy(o => o.SortOrder).Skip(1).FirstAsync();
        var report = await ReportDrafts.Composer(db, Today).ComposeAsync(new ReportInput(township, Today.Year));
        var members = await db.Members.Where(m => m.Organization!.Path.StartsWith(township.Path)).OrderBy(m => m.Id)
            .Select(m => $"{m.Name} {m.BirthDate} {m.Status}").ToListAsync();
        return (counts, report.Figures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}").ToList(), members);
    }

    [Fact]
    public async Task The_products_compliance_and_report_run_on_a_generated_township()
    {
        var (database, _) = await GenerateAsync(5);
        await using var _d = database;
        await using var db = Open(database);
        var county = (await CountiesAsync(db))[1];
        var township = await db.Organizations.Where(o => o.ParentId == county.Id).OrderBy(o => o.SortOrder).FirstAsync();
        var branches = await db.Organizations.CountAsync(o => o.ParentId == township.Id);
        branches.ShouldBe(1 + 12 + 2 + 3 + 1, "the detailed township: agency, 12 villages, two communities, three enterprises, elderly association");

        var compliance = await new ComplianceQuery(db).RunAsync(township.Path, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Today);
        compliance.Count.ShouldBe(branches + 1);
        compliance.Sum(c => c.Count(SlotStatus.Held)).ShouldBeGreaterThan(0);
        compliance.Sum(c => c.Participation.Due).ShouldBeGreaterThan(0);

        var report = await ReportDrafts.Composer(db, Today).ComposeAsync(new ReportInput(township, Today.Year));
        report.Title.ShouldContain(township.Name[..^2]);
        report.Paragraphs.ShouldNotBeEmpty();
        report.Figures.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_province_sample_refuses_sqlite_with_a_clear_message()
    {
        if (TestDatabase.RequestedProvider == "PostgreSQL")
        {
            return; // the refusal concerns SQLite runs; on PostgreSQL the sample is allowed (and too big for a test)
        }

        await using var database = await TestDatabase.CreateAsync();
        await using var db = Open(database);
        await SchemaMigrator.MigrateAsync(db);
        var error = await Should.ThrowAsync<InvalidOperationException>(() =>
            new DemoScaleGenerator(db, new TestClock()).GenerateAsync(DemoScaleShape.Of(DemoScaleSize.Province), 1, Today));
        error.Message.ShouldContain("PostgreSQL");
        (await db.Organizations.CountAsync()).ShouldBe(0);
    }
}
