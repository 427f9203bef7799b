using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>/Meetings pages by fifty (?page=N) and keeps its filters in the page links; a page out of range shows the nearest.</summary>
public sealed class MeetingsPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_township_list_pages_by_fifty_with_its_filters()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var expected = await db.Meetings.AsNoTracking()
            .Where(m => m.Organization!.Path.StartsWith(township.Path) && m.Kind == MeetingKind.ThemeDay)
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Select(m => m.Id).ToListAsync();
        expected.Count.ShouldBeGreaterThan(100, "the demo township holds several pages of theme days");
        var last = (expected.Count + 49) / 50;
        var clerk = await Browser.LoginAsync(app, "clerk");
        var url = $"/Meetings?org={township.Id}&kind=ThemeDay";

        var (_, first) = await clerk.GetAsync(url);
        var (_, second) = await clerk.GetAsync($"{url}&page=2");
        var (status, beyond) = await clerk.GetAsync($"{url}&page=99999");
        var (_, garbage) = await clerk.GetAsync($"{url}&page=abc");

        IEnumerable<int> Ids(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("#meetings tbody a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/').Last(), CultureInfo.InvariantCulture));
        Ids(first).ShouldBe(expected.Take(50));
        Ids(second).ShouldBe(expected.Skip(50).Take(50));
        first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href").ShouldBe($"/Meetings?org={township.Id}&kind=ThemeDay&page=2");
        first.QuerySelector("nav.pager a[rel=prev]").ShouldBeNull();
        second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href").ShouldBe($"/Meetings?org={township.Id}&kind=ThemeDay&page=1");
        first.QuerySelector("nav.pager")!.TextContent.ShouldContain($"第1/{last}页（第1–50条，共{expected.Count}条）");
        status.ShouldBe(HttpStatusCode.OK);
        Ids(beyond).ShouldBe(expected.Skip((last - 1) * 50));
        beyond.QuerySelector("nav.pager a[rel=next]").ShouldBeNull();
        Ids(garbage).ShouldBe(expected.Take(50));
    }
}
