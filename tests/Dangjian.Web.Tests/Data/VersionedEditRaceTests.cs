using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Data;

/// <summary>
/// Every versioned edit under 30 parallel saves of one version: exactly one wins, the other 29 are told in Chinese that
/// someone else changed the record, nothing answers 500, and the stored value is the winner's. (Meetings have no edit
/// page yet, so they have no drill here.)
/// </summary>
public sealed class VersionedEditRaceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Conflict = "刚被其他人修改过";

    // the review pages also check the version before saving and then say it this way
    private const string StaleForm = "已被他人修改，请刷新后重试";

    private int Year => app.Clock.Today().Year;

    private async Task<int> TownshipAsync()
    {
        await using var db = app.NewDbContext();
        return (await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName)).Id;
    }

    [Fact]
    public async Task Report_paragraph()
    {
        var township = await TownshipAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        (await clerk.PostFormAsync($"/Reports/Compose?org={township}", new() { ["Year"] = Year.ToString(CultureInfo.InvariantCulture) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ReportParagraph paragraph;
        await using (var db = app.NewDbContext())
        {
            paragraph = await db.ReportParagraphs.Where(p => p.Draft!.OrganizationId == township && p.Draft.Year == Year)
                .OrderByDescending(p => p.DraftId).ThenBy(p => p.Position).Skip(1).FirstAsync();
        }

        var replies = await ConcurrentSaves.RaceAsync(app, "clerk", $"/Reports/Edit?org={township}&year={Year}&paragraph={paragraph.Id}",
            f => f.QuerySelector("textarea[name=Text]") is not null, (i, fields) => fields.Set("Text", $"并发保存的第{i}稿。"));

        var winner = replies.ShouldHaveOneWinner(Conflict);
        await using var check = app.NewDbContext();
        (await check.ReportParagraphs.SingleAsync(p => p.Id == paragraph.Id)).Text.ShouldBe($"并发保存的第{winner}稿。");
        var revisions = await check.ReportRevisions.Where(r => r.DraftId == paragraph.DraftId).OrderBy(r => r.Number).ToListAsync();
        revisions.Select(r => r.Number).ShouldBe(Enumerable.Range(1, revisions.Count), "revision numbers run 1, 2, 3… without a gap or a repeat");
        revisions.Count(r => r.Note == $"修改第{paragraph.Position + 1}段").ShouldBe(1);
        revisions[^1].Snapshot.ShouldContain($"并发保存的第{winner}稿。");
    }

    [Fact]
    public async Task Member()
    {
        int id;
        await using (var db = app.NewDbContext())
        {
            var clerkOrg = await db.Users.Where(u => u.UserName == "clerk").Select(u => u.OrganizationId).SingleAsync();
            var path = await db.Organizations.Where(o => o.Id == clerkOrg).Select(o => o.Path).SingleAsync();
            id = await db.Members.Where(m => m.Organization!.Path.StartsWith(path) && m.State == Core.Members.MemberState.Active)
                .OrderBy(m => m.Id).Select(m => m.Id).Skip(3).FirstAsync();
        }

        var replies = await ConcurrentSaves.RaceAsync(app, "clerk", $"/Members/Edit/{id}",
            f => f.QuerySelector("[name='Form.Version']") is not null, (i, fields) => fields.Set("Form.Occupation", $"并发职业{i}"));

        var winner = replies.ShouldHaveOneWinner(Conflict);
        await using var check = app.NewDbContext();
        (await check.Members.SingleAsync(m => m.Id == id)).Occupation.ShouldBe($"并发职业{winner}");
    }

    [Fact]
    public async Task Organization()
    {
        int id;
        await using (var db = app.NewDbContext())
        {
            var township = await TownshipAsync();
            id = await db.Organizations.Where(o => o.ParentId == township).OrderBy(o => o.SortOrder).Select(o => o.Id).Skip(1).FirstAsync();
        }

        var replies = await ConcurrentSaves.RaceAsync(app, "clerk", $"/Organizations/Edit/{id}",
            f => f.QuerySelector("[name='Form.Version']") is not null, (i, fields) => fields.Set("Form.SecretaryName", $"书记〔{i}〕"));

        var winner = replies.ShouldHaveOneWinner(Conflict);
        await using var check = app.NewDbContext();
        (await check.Organizations.SingleAsync(o => o.Id == id)).SecretaryName.ShouldBe($"书记〔{winner}〕");
    }

    [Fact]
    public async Task Cadre()
    {
        int id;
        string name;
        await using (var db = app.NewDbContext())
        {
            var township = await TownshipAsync();
            var path = await db.Organizations.Where(o => o.Id == township).Select(o => o.Path).SingleAsync();
            (id, name) = await db.Cadres.Where(c => c.Organization!.Path.StartsWith(path) && c.LeftOn == null)
                .OrderBy(c => c.Id).Select(c => new ValueTuple<int, string>(c.Id, c.Person.Name)).FirstAsync();
        }

        // The name is the field a clerk corrects most; each save writes a different spelling of it.
        var replies = await ConcurrentSaves.RaceAsync(app, "clerk", $"/Cadres/Edit/{id}",
            f => f.QuerySelector("[name='Form.Version']") is not null, (i, fields) => fields.Set("Form.Name", $"{name}{i}"));

        var winner = replies.ShouldHaveOneWinner(Conflict);
        await using var check = app.NewDbContext();
        (await check.Cadres.SingleAsync(c => c.Id == id)).Person.Name.ShouldBe($"{name}{winner}");
    }

    [Fact]
    public async Task Rectification_item()
    {
        var township = await TownshipAsync();
        int village;
        await using (var db = app.NewDbContext())
        {
            village = await db.Organizations.Where(o => o.ParentId == township && o.Sector == Core.Organizations.OrgSector.Village)
                .OrderBy(o => o.SortOrder).Select(o => o.Id).FirstAsync();
        }

        var problem = $"并发测试问题{Guid.NewGuid():N}";
        var clerk = await Browser.LoginAsync(app, "clerk");
        (await clerk.PostFormAsync("/Loop/Rectification/Create", new()
        {
            ["Form.OrganizationId"] = village.ToString(CultureInfo.InvariantCulture), ["Form.Source"] = "SelfFound",
            ["Form.Problem"] = problem, ["Form.Deadline"] = "2030-01-31",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        int id;
        await using (var db = app.NewDbContext())
        {
            id = await db.RectificationItems.Where(r => r.Problem == problem).Select(r => r.Id).SingleAsync();
        }

        // the township raised it, the village's branch submits its rectification
        var replies = await ConcurrentSaves.RaceAsync(app, "branch", $"/Loop/Rectification/Details/{id}",
            f => f.Id == "submit", (i, fields) => fields.Set("Evidence", $"整改材料〔{i}〕"));

        var winner = replies.ShouldHaveOneWinner(StaleForm);
        await using var check = app.NewDbContext();
        (await check.RectificationItems.SingleAsync(r => r.Id == id)).Evidence.ShouldBe($"整改材料〔{winner}〕");
    }

    [Fact]
    public async Task Review_ballots()
    {
        var county = await Browser.LoginAsync(app, "county");
        var plan = await Reviews.ReviewWeb.CreateAsync(county, Year + 3, open: true);
        var participant = await Reviews.ReviewWeb.ParticipantAsync(app, plan);

        var replies = await ConcurrentSaves.RaceAsync(app, "county", $"/Reviews/Participant/{participant}",
            f => f.Id == "ballot-form", (i, fields) =>
            {
                fields.Set("Ballots.Voters", (40 + i).ToString(CultureInfo.InvariantCulture));
                fields.Set("Ballots.Good", "20");
                fields.Set("Ballots.FairlyGood", "5");
                fields.Set("Ballots.Average", "1");
                fields.Set("Ballots.Poor", "0");
                fields.Set("Ballots.ReviewerScore", "85");
            });

        var winner = replies.ShouldHaveOneWinner(Conflict, StaleForm);
        await using var check = app.NewDbContext();
        (await check.ReviewParticipants.SingleAsync(p => p.Id == participant)).Voters.ShouldBe(40 + winner);
    }

    [Fact]
    public async Task Review_rules()
    {
        var county = await Browser.LoginAsync(app, "county");
        var plan = await Reviews.ReviewWeb.CreateAsync(county, Year + 4, open: false);

        var replies = await ConcurrentSaves.RaceAsync(app, "county", $"/Reviews/Rules/{plan}",
            f => f.Id == "rules-form", (i, fields) => fields.Set("Form.FlagReason", $"排名靠后〔{i}〕"));

        var winner = replies.ShouldHaveOneWinner(Conflict, StaleForm);
        await using var check = app.NewDbContext();
        (await check.ReviewPlans.SingleAsync(p => p.Id == plan)).Rules().FlagReason.ShouldBe($"排名靠后〔{winner}〕");
    }

    [Fact]
    public async Task County_report_template()
    {
        var replies = await ConcurrentSaves.RaceAsync(app, "county", "/Reports/Template/Wording",
            f => f.QuerySelector("[name='Form.Opening']") is not null,
            (i, fields) => fields.Set("Form.Opening", $"根据县委安排，现将本人{{year}}年度抓基层党建工作情况报告如下〔{i}〕："));

        var winner = replies.ShouldHaveOneWinner(Conflict);
        await using var check = app.NewDbContext();
        var county = await check.Organizations.Where(o => o.ParentId == null).Select(o => o.Id).SingleAsync();
        var json = (await check.CountyReportTemplates.SingleAsync(t => t.OrganizationId == county)).Json;
        ReportTemplate.Parse(json).Opening.ShouldBe($"根据县委安排，现将本人{{year}}年度抓基层党建工作情况报告如下〔{winner}〕：");
    }

    [Fact]
    public async Task Key_task_report()
    {
        int id;
        await using (var db = app.NewDbContext())
        {
            var township = await TownshipAsync();
            var village = await db.Organizations.Where(o => o.ParentId == township && o.Sector == Core.Organizations.OrgSector.Village)
                .OrderBy(o => o.SortOrder).Select(o => o.Id).FirstAsync();
            id = await db.KeyTaskAssignments.Where(a => a.OrganizationId == village && a.CompletedOn == null).OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync();
        }

        var replies = await ConcurrentSaves.RaceAsync(app, "branch", $"/Loop/Tasks/Report/{id}",
            f => f.QuerySelector("[name=Progress]") is not null, (i, fields) => fields.Set("Progress", $"进展〔{i}〕"));

        var winner = replies.ShouldHaveOneWinner(StaleForm);
        await using var check = app.NewDbContext();
        (await check.KeyTaskAssignments.SingleAsync(a => a.Id == id)).Progress.ShouldBe($"进展〔{winner}〕");
    }

    [Fact]
    public async Task Bulletin()
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        var drafted = await clerk.PostFormAsync($"/Loop/Bulletins?handler=Draft&year={Year}", new() { ["DraftMonth"] = "1" }, "/Loop/Bulletins");
        drafted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = int.Parse(drafted.Headers.Location!.ToString().Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);

        var replies = await ConcurrentSaves.RaceAsync(app, "clerk", $"/Loop/Bulletins/Edit/{id}",
            f => f.Id == "bulletin", (i, fields) => fields.Set("Title", $"通报〔{i}〕"));

        var winner = replies.ShouldHaveOneWinner(StaleForm);
        await using var check = app.NewDbContext();
        (await check.Bulletins.SingleAsync(b => b.Id == id)).Title.ShouldBe($"通报〔{winner}〕");
    }
}
