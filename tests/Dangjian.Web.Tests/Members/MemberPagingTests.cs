using System.Net;
using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Members;

/// <summary>The member list pages by fifty; a page number out of range or not a number shows the nearest page, never a 500.</summary>
public sealed class MemberPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_county_member_list_pages_by_fifty_and_a_wrong_page_number_shows_the_nearest_page()
    {
        var county = await Browser.LoginAsync(app, "county");
        var (_, first) = await county.GetAsync("/Members");
        var (_, second) = await county.GetAsync("/Members?page=2");
        var (status, beyond) = await county.GetAsync("/Members?page=99999");
        var (garbageStatus, garbage) = await county.GetAsync("/Members?page=abc");
        status.ShouldBe(HttpStatusCode.OK);
        garbageStatus.ShouldBe(HttpStatusCode.OK);

        static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument html) =>
            html.QuerySelectorAll("#members tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Names(first).Count.ShouldBe(50);
        Names(second).Count.ShouldBeGreaterThan(0);
        Names(second).ShouldNotBe(Names(first));
        static string Pages(AngleSharp.Html.Dom.IHtmlDocument html) => html.QuerySelectorAll("p.actions").Select(p => p.TextContent).Single(t => t.Contains('页'));
        var pages = Pages(first);
        var at = System.Text.RegularExpressions.Regex.Match(pages, @"第 1 / (?<count>[0-9]+) 页");
        at.Success.ShouldBeTrue(pages);
        var count = int.Parse(at.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
        count.ShouldBeGreaterThan(2);
        System.Text.RegularExpressions.Regex.Replace(Pages(beyond), @"\s+", " ").ShouldContain($"第 {count} / {count} 页");
        Names(garbage).ShouldBe(Names(first));
    }
}
