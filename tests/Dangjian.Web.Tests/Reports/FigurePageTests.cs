using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>The records behind a figure: kinds in Chinese, each record linked to its own page, long lists in pages of 50.</summary>
public sealed class FigurePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private int Year => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(8)).Year;

    private async Task<int> TownshipAsync()
    {
        await using var db = app.NewDbContext();
        return (await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName)).Id;
    }

    [Fact]
    public async Task A_long_list_of_meetings_comes_in_pages_of_50_with_chinese_kinds_and_links()
    {
        var township = await TownshipAsync();
        var browser = await Browser.LoginAsync(app, "clerk");
        var url = $"/Reports/Figure?org={township}&year={Year}&indicator=meetings.theme-days";
        var (status, first) = await browser.GetAsync(url);
        status.ShouldBe(HttpStatusCode.OK);
        var total = int.Parse(first.QuerySelector("#indicator-value")!.TextContent.TrimEnd('次'), CultureInfo.InvariantCulture);
        total.ShouldBeGreaterThan(50, "the demo township's branches hold a theme day every month");
        var rows = first.QuerySelectorAll("#figure-records tbody tr");
        rows.Length.ShouldBe(50);
        rows.Select(r => r.QuerySelector(".kind")!.TextContent).ShouldAllBe(k => k == "会议");
        first.QuerySelector("#figure-records")!.TextContent.ShouldNotContain("meeting");
        var link = rows[0].QuerySelector("a")!.GetAttribute("href")!;
        link.ShouldStartWith("/Meetings/Details/");
        (await browser.GetAsync(link)).Status.ShouldBe(HttpStatusCode.OK);

        var pages = first.QuerySelectorAll("#record-pages a").Select(a => a.GetAttribute("href")!).ToList();
        pages.Count.ShouldBe((total + 49) / 50 - 1);
        var seen = rows.Select(r => r.QuerySelector(".num")!.TextContent).ToList();
        foreach (var page in pages)
        {
            var (_, next) = await browser.GetAsync(page);
            seen.AddRange(next.QuerySelectorAll("#figure-records tbody tr").Select(r => r.QuerySelector(".num")!.TextContent));
        }

        seen.Count.ShouldBe(total);
        seen.Distinct().Count().ShouldBe(total);
    }

    [Fact]
    public async Task Rectification_items_are_named_in_chinese_and_link_to_their_page()
    {
        var township = await TownshipAsync();
        var browser = await Browser.LoginAsync(app, "secretary");
        var (_, figure) = await browser.GetAsync($"/Reports/Figure?org={township}&year={Year}&indicator=rectification.raised");
        figure.QuerySelector("#indicator-definition")!.TextContent.ShouldBe("年内（1月1日至12月31日）向辖区党组织提出的整改事项数");
        var rows = figure.QuerySelectorAll("#figure-records tbody tr");
        rows.Length.ShouldBeGreaterThan(0);
        rows.ShouldAllBe(r => r.QuerySelector(".kind")!.TextContent == "整改事项");
        var link = rows[0].QuerySelector("a")!.GetAttribute("href")!;
        link.ShouldStartWith("/Loop/Rectification/Details/");
        (await browser.GetAsync(link)).Status.ShouldBe(HttpStatusCode.OK);
        figure.QuerySelector("#record-pages").ShouldBeNull();
    }
}
