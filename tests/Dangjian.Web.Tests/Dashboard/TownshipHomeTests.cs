using System.Net;
using Dangjian.Core.Dashboard;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Dashboard;

/// <summary>The township secretary's and clerk's home: sign-offs, overdue items, branches with gaps this month, the duty report.</summary>
public sealed class TownshipHomeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Each_due_record_of_the_township_appears_once_and_leaves_when_resolved()
    {
        var today = HomeWorld.IntoNextMonth(app);
        var township = await HomeWorld.OrganizationOfAsync(app, "clerk");
        Organization village;
        await using (var db = app.NewDbContext())
        {
            village = await db.Organizations.AsNoTracking().Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village && o.IsActive)
                .OrderByDescending(o => o.SortOrder).FirstAsync();
        }

        var waiting = $"待销号{Guid.NewGuid():N}";
        var late = $"已逾期{Guid.NewGuid():N}";
        var awaiting = await HomeWorld.ItemAsync(app, village, waiting, today.AddDays(-20), today.AddDays(10), submitted: today.AddDays(-1));
        var overdue = await HomeWorld.ItemAsync(app, village, late, today.AddDays(-20), today.AddDays(-3));
        // The season of the duty report, as the township works: this year's from November, last year's until March.
        int? reportYear = today.Month >= 11 ? today.Year : today.Month <= 3 ? today.Year - 1 : null;

        foreach (var user in new[] { "clerk", "secretary" })
        {
            var (status, html) = await (await Browser.LoginAsync(app, user)).GetAsync("/");
            status.ShouldBe(HttpStatusCode.OK);
            var sign = HomeWorld.Containing(html, DueKind.AwaitingSignOff, waiting);
            sign.Count.ShouldBe(1, user);
            sign[0].GetAttribute("href").ShouldBe($"/Loop/Rectification/Details/{awaiting.Id}");
            var past = HomeWorld.Containing(html, DueKind.OverdueRectification, late);
            past.Count.ShouldBe(1, user);
            past[0].GetAttribute("href").ShouldBe($"/Loop/Rectification/Details/{overdue.Id}");
            HomeWorld.Containing(html, DueKind.AwaitingSignOff, late).ShouldBeEmpty("an overdue item has no material to sign off");
            var gap = HomeWorld.Lines(html, DueKind.BranchGap).Where(a => a.TextContent.StartsWith(village.Name + "：", StringComparison.Ordinal)).ToList();
            gap.Count.ShouldBe(1, user);
            gap[0].TextContent.ShouldContain("主题党日");
            gap[0].GetAttribute("href").ShouldBe($"/OrgLife/Gaps?org={village.Id}");
            HomeWorld.Lines(html, DueKind.Report).Count.ShouldBe(reportYear is null ? 0 : 1);
            html.QuerySelector("#due-meeting").ShouldBeNull("the township's own work, not a branch's");
            html.QuerySelector("#overview").ShouldBeNull();
        }

        await using (var db = app.NewDbContext())
        {
            var done = await db.RectificationItems.SingleAsync(r => r.Id == awaiting.Id);
            (done.Status, done.SignedOffOn) = (RectificationStatus.SignedOff, today);
            var answered = await db.RectificationItems.SingleAsync(r => r.Id == overdue.Id);
            (answered.Status, answered.SubmittedOn) = (RectificationStatus.Submitted, today);
            if (reportYear is { } y)
            {
                var number = await db.ReportDrafts.Where(d => d.OrganizationId == township.Id && d.Year == y).MaxAsync(d => (int?)d.Number) ?? 0;
                db.ReportDrafts.Add(new ReportDraft { OrganizationId = township.Id, Year = y, Number = number + 1, Title = "测试报告", State = ReportState.Submitted, CreatedAtUtc = DateTime.UnixEpoch });
            }

            await db.SaveChangesAsync();
        }

        await HomeWorld.MeetingAsync(app, village, MeetingKind.ThemeDay, today);
        var (_, after) = await (await Browser.LoginAsync(app, "clerk")).GetAsync("/");
        HomeWorld.Containing(after, DueKind.AwaitingSignOff, waiting).ShouldBeEmpty();
        HomeWorld.Containing(after, DueKind.OverdueRectification, late).ShouldBeEmpty();
        HomeWorld.Containing(after, DueKind.AwaitingSignOff, late).Count.ShouldBe(1, "the answered item now waits for the township's sign-off");
        HomeWorld.Lines(after, DueKind.BranchGap).Where(a => a.TextContent.StartsWith(village.Name + "：", StringComparison.Ordinal))
            .ShouldAllBe(a => !a.TextContent.Contains("主题党日"));
        HomeWorld.Lines(after, DueKind.Report).ShouldBeEmpty();
    }
}
