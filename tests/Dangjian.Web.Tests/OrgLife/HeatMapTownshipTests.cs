using System.Net;
using System.Text.Json;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>The county's heat map: one folding section per township, and two branches of the same name told apart by their township.</summary>
public sealed class HeatMapTownshipTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_branch_sits_under_its_township_and_namesakes_carry_the_township_name()
    {
        await using var db = app.NewDbContext();
        var townships = await db.Organizations.AsNoTracking().Where(o => o.Level == OrgLevel.TownshipCommittee).OrderBy(o => o.Path).ToListAsync();
        var qingshi = townships.Single(t => t.Name == "青石镇党委");
        var branches = await db.Organizations.Where(o => o.IsActive && (o.Level == OrgLevel.Branch || o.Level == OrgLevel.GeneralBranch)).ToListAsync();
        var browser = await Browser.LoginAsync(app, "county");
        // Namesakes among the branches this month's gaps list too, so that both pages show them.
        var (_, due) = await browser.GetAsync("/OrgLife/Gaps");
        var listed = due.QuerySelectorAll("#gaps tbody tr").Select(r => int.Parse(r.GetAttribute("data-org")!)).ToHashSet();
        var here = branches.Where(b => b.Path.StartsWith(qingshi.Path) && listed.Contains(b.Id)).OrderBy(b => b.Path).First();
        var there = branches.Where(b => !b.Path.StartsWith(qingshi.Path) && listed.Contains(b.Id)).OrderBy(b => b.Path).First();
        var other = townships.Single(t => there.Path.StartsWith(t.Path));
        var unique = branches.First(b => b.Id != here.Id && b.Id != there.Id && branches.Count(x => x.Name == b.Name) == 1);
        there.Name = here.Name;
        await db.SaveChangesAsync();

        var (status, page) = await browser.GetAsync("/OrgLife/HeatMap");

        status.ShouldBe(HttpStatusCode.OK);
        var sections = page.QuerySelectorAll("#heat-table details.township").ToList();
        var expected = townships.Where(t => branches.Any(b => b.Path.StartsWith(t.Path))).Select(t => t.Name).ToList();
        sections.Select(s => s.QuerySelector("summary")!.FirstChild!.TextContent.Trim()).ShouldBe(expected);
        sections.ShouldAllBe(s => !s.HasAttribute("open"), "many townships: each folded until opened");
        sections.ShouldAllBe(s => s.QuerySelector("tbody") == null, "a folded section's rows are fetched when it is opened");
        var labels = new Dictionary<int, string>();
        foreach (var section in sections)
        {
            var township = townships.Single(t => t.Name == section.QuerySelector("summary")!.FirstChild!.TextContent.Trim());
            var (fetched, rowsOf) = await browser.GetAsync(section.GetAttribute("data-section")!);
            fetched.ShouldBe(HttpStatusCode.OK);
            rowsOf.QuerySelector("nav, h1").ShouldBeNull("the section comes alone, without the layout");
            var rows = rowsOf.QuerySelectorAll("tbody tr").Select(r => int.Parse(r.GetAttribute("data-org")!)).ToList();
            rows.ShouldBe(branches.Where(b => b.Path.StartsWith(township.Path)).OrderBy(b => b.Path).Select(b => b.Id).ToList());
            var missing = rowsOf.QuerySelectorAll("td[data-level=Missing]").Length;
            section.QuerySelector("summary")!.TextContent.ShouldContain(missing > 0 ? $"未按期开展{missing}个月次" : $"{rows.Count}个党组织");
            foreach (var row in rowsOf.QuerySelectorAll("tbody tr"))
            {
                labels[int.Parse(row.GetAttribute("data-org")!)] = row.QuerySelector("th")!.TextContent.Trim();
            }
        }

        string Label(int id) => labels[id];
        Label(here.Id).ShouldBe($"青石镇·{here.Name}");
        Label(there.Id).ShouldBe($"{other.Name.Replace("党委", "")}·{here.Name}");
        Label(unique.Id).ShouldBe(unique.Name);
        using var chart = await HeatChart.DataAsync(browser, page);
        var names = chart.RootElement.GetProperty("rows").EnumerateArray().Select(e => e.GetString()).ToList();
        names.ShouldContain($"青石镇·{here.Name}");
        names.Count(n => n!.EndsWith(here.Name, StringComparison.Ordinal)).ShouldBe(2);

        // This month's gaps name the township the same way.
        var (_, gaps) = await browser.GetAsync("/OrgLife/Gaps");
        gaps.QuerySelector($"#gaps tr[data-org='{here.Id}'] th")!.TextContent.Trim().ShouldBe($"青石镇·{here.Name}");
        gaps.QuerySelector($"#gaps tr[data-org='{there.Id}'] th")!.TextContent.Trim().ShouldBe($"{other.Name.Replace("党委", "")}·{here.Name}");
    }

    [Fact]
    public async Task A_township_sees_one_open_section_and_the_chart_library_is_not_in_the_page()
    {
        var township = await OrgLifeWorld.OrgOfAsync(app, "clerk");
        var browser = await Browser.LoginAsync(app, "clerk");
        var (_, page) = await browser.GetAsync($"/OrgLife/HeatMap?org={township.Id}");

        var section = page.QuerySelectorAll("#heat-table details.township").ShouldHaveSingleItem();
        section.HasAttribute("open").ShouldBeTrue();
        section.QuerySelector("summary")!.FirstChild!.TextContent.Trim().ShouldBe(township.Name);
        page.QuerySelectorAll("script[src]").ShouldNotContain(s => s.GetAttribute("src")!.Contains("echarts"));
    }

    [Fact]
    public async Task Without_script_a_folded_section_opens_in_the_page_and_its_rows_are_those_it_fetches()
    {
        var browser = await Browser.LoginAsync(app, "county");
        var (_, page) = await browser.GetAsync("/OrgLife/HeatMap");
        var second = page.QuerySelectorAll("#heat-table details.township")[1];
        var open = second.QuerySelector(".heat-status a")!.GetAttribute("href")!;
        open.ShouldContain($"#{second.Id}");

        var (status, opened) = await browser.GetAsync(open);

        status.ShouldBe(HttpStatusCode.OK);
        var shown = opened.QuerySelectorAll("#heat-table details.township[open]").ShouldHaveSingleItem();
        shown.Id.ShouldBe(second.Id);
        var (_, fetched) = await browser.GetAsync(second.GetAttribute("data-section")!);
        var rows = shown.QuerySelectorAll("tbody tr").Select(r => r.OuterHtml).ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldBe(fetched.QuerySelectorAll("tbody tr").Select(r => r.OuterHtml).ToList());
        opened.QuerySelectorAll("#heat-table tbody").Length.ShouldBe(1, "the other sections stay folded");
    }

    [Fact]
    public async Task A_section_or_chart_outside_the_page_or_the_users_scope_is_not_found()
    {
        await using var db = app.NewDbContext();
        var townships = await db.Organizations.AsNoTracking().Where(o => o.Level == OrgLevel.TownshipCommittee).OrderBy(o => o.Path).ToListAsync();
        var own = await OrgLifeWorld.OrgOfAsync(app, "clerk");
        var other = townships.First(t => t.Id != own.Id);
        var county = await db.Organizations.AsNoTracking().Where(o => o.Level == OrgLevel.CountyCommittee).Select(o => o.Id).FirstAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");

        (await clerk.GetAsync($"/OrgLife/HeatMap?handler=Section&org={own.Id}&township={own.Id}")).Status.ShouldBe(HttpStatusCode.OK);
        (await clerk.GetAsync($"/OrgLife/HeatMap?handler=Section&org={own.Id}&township={other.Id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.GetAsync($"/OrgLife/HeatMap?handler=Section&org={county}&township={other.Id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.GetAsync($"/OrgLife/HeatMap?handler=Section&org={other.Id}&township={other.Id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.Client.GetAsync($"/OrgLife/HeatMap?handler=Chart&org={own.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await clerk.Client.GetAsync($"/OrgLife/HeatMap?handler=Chart&org={other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.Client.GetAsync($"/OrgLife/HeatMap?handler=Chart&org={county}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_fetched_section_is_kept_until_a_record_changes()
    {
        var browser = await Browser.LoginAsync(app, "county");
        var (_, page) = await browser.GetAsync("/OrgLife/HeatMap");
        var link = page.QuerySelectorAll("#heat-table details.township")[0].GetAttribute("data-section")!;
        var (_, first) = await browser.GetAsync(link);
        var (_, again) = await browser.GetAsync(link);
        again.Body!.InnerHtml.ShouldBe(first.Body!.InnerHtml);
        var id = int.Parse(first.QuerySelector("tbody tr")!.GetAttribute("data-org")!);

        await using (var db = app.NewDbContext())
        {
            var branch = await db.Organizations.SingleAsync(o => o.Id == id);
            branch.Name = "改名后的党支部";
            await db.SaveChangesAsync();
        }

        var (_, after) = await browser.GetAsync(link);
        after.QuerySelector($"tr[data-org='{id}'] th")!.TextContent.Trim().ShouldBe("改名后的党支部");
    }
}
