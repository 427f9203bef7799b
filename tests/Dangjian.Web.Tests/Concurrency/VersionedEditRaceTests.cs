using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Reports;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Concurrency;

/// <summary>
/// Every versioned edit under 30 parallel saves of one version: exactly one wins, the other 29 are told in Chinese that
/// someone else changed the record, nothing answers 500, and the stored value is the winner's. (Meetings have no edit
/// page yet, so they have no drill here.)
/// </summary>
public sealed class VersionedEditRaceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Conflict = "刚被其他人修改过";

    private int Year => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(8)).Year;

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
            id = await db.Members.Where(m => m.Organization!.Path.StartsWith(path) && m.State == Core.People.MemberState.Active)
                .OrderBy(m => m.Id).Select(m => m.Id).Skip(3).FirstAsync();
        }

        var replies = await ConcurrentSaves.RaceAsync(app, "clerk", $"/Members/Edit/{id}",
            f => f.QuerySelector("[name='Form.Version']") is not null, (i, fields) => fields.Set("Form.Occupation", $"并发职业{i}"));

        var winner = replies.ShouldHaveOneWinner(Conflict);
        await using var check = app.NewDbContext();
        (await check.Members.SingleAsync(m => m.Id == id)).Occupation.ShouldBe($"并发职业{winner}");
    }
}
