using System.Globalization;
using System.Net;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Web.Tests.Dashboard;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// A year's list past fifty rows (2012, a year the demo county has no records in): pages keep the year, the year's totals count
/// every page, and a link to one commitment opens the page its row is on.
/// </summary>
public sealed class YearlyListPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const int Year = 2012;

    [Fact]
    public async Task Sixty_talks_of_a_year_show_fifty_then_ten_and_the_pages_keep_the_year()
    {
        var township = await HomeWorld.OrganizationOfAsync(app, "secretary");
        await using (var db = app.NewDbContext())
        {
            for (var i = 0; i < 60; i++)
            {
                db.Talks.Add(new Talk
                {
                    OrganizationId = township.Id, HeldOn = new DateOnly(Year, 1, 1).AddDays(i), Talker = "分页约谈人", Targets = $"甲{i}、乙{i}",
                    People = 2, TargetKind = TalkTarget.Cadre, Reason = $"分页事由{i:00}",
                });
            }

            await db.SaveChangesAsync();
        }

        var browser = await Browser.LoginAsync(app, "secretary");
        var (_, first) = await browser.GetAsync($"/Loop/Talks?year={Year}");
        ListPaging.Rows(first, "talks").Count.ShouldBe(50);
        ListPaging.At(first).ShouldBe((1, 2, 60));
        first.QuerySelector("#talk-count")!.TextContent.ShouldStartWith($"{Year}年约谈 60 次 120 人次", Case.Sensitive, "the totals count every page");
        ListPaging.Rows(first, "talks")[0].ShouldContain("分页事由59", Case.Sensitive, "newest first");
        var next = ListPaging.NextLink(first);
        next.ShouldBe($"/Loop/Talks?year={Year}&page=2");

        var (status, second) = await browser.GetAsync(next!);
        status.ShouldBe(HttpStatusCode.OK);
        var rows = ListPaging.Rows(second, "talks");
        rows.Count.ShouldBe(10);
        rows[^1].ShouldContain("分页事由00");
        var (_, beyond) = await browser.GetAsync($"/Loop/Talks?year={Year}&page=7");
        ListPaging.Rows(beyond, "talks").ShouldBe(rows, "a page past the end shows the last");
        var (_, garbage) = await browser.GetAsync($"/Loop/Talks?year={Year}&page=abc");
        ListPaging.Rows(garbage, "talks").ShouldBe(ListPaging.Rows(first, "talks"));
    }

    [Fact]
    public async Task A_link_to_one_commitment_opens_the_page_its_row_is_on()
    {
        var township = await HomeWorld.OrganizationOfAsync(app, "secretary");
        int last;
        await using (var db = app.NewDbContext())
        {
            var all = Enumerable.Range(0, 55).Select(i => new Commitment
            {
                OrganizationId = township.Id, Year = Year, Content = $"分页承诺{i:00}", DueOn = new DateOnly(Year, 3, 1).AddDays(i),
            }).ToList();
            db.Commitments.AddRange(all);
            await db.SaveChangesAsync();
            last = all[^1].Id;
        }

        var browser = await Browser.LoginAsync(app, "secretary");
        var (_, first) = await browser.GetAsync($"/Loop/Commitments?year={Year}");
        first.QuerySelector("#rate")!.TextContent.ShouldStartWith($"{Year}年公开承诺事项 55 项；到期 55 项，已兑现 0 项");
        first.QuerySelector($"#commitment-{last}").ShouldBeNull("the latest-due commitment is the 55th row");

        var (status, opened) = await browser.GetAsync($"/Loop/Commitments?year={Year}&commitment={last}#commitment-{last}");
        status.ShouldBe(HttpStatusCode.OK);
        ListPaging.At(opened).ShouldBe((2, 2, 55));
        var row = opened.QuerySelector($"#commitment-{last}");
        row.ShouldNotBeNull();
        row.ClassList.ShouldContain("focused");
        row.TextContent.ShouldContain("分页承诺54");
        ListPaging.Rows(opened, "commitments").Count.ShouldBe(5);
    }
}
