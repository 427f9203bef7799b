using System.Globalization;
using System.Net;
using Dangjian.Core.Statistics;
using Dangjian.Core.Time;
using Dangjian.Web.Pages.Building;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Imports;
using Dangjian.Web.Tests.Loop;
using Dangjian.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Building;

/// <summary>
/// The county defines a yearly statistic; the township enters a past year's values on the grid (a bad cell: its message beside
/// it, nothing saved); a county indicator over it compares with the previous year in the report and on the figure page.
/// </summary>
public sealed class StatisticPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_county_defines_a_statistic_with_chinese_messages_beside_each_field_and_nothing_saved_on_error()
    {
        var county = await Browser.LoginAsync(app, "county");
        var response = await county.PostFormAsync("/Building/StatisticDefinitions", new()
        {
            ["Form.Code"] = "人均收入", ["Form.Name"] = "", ["Form.Unit"] = "元", ["Form.Decimals"] = "9",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(response);
        Beside.Message(html, "Form.Code").ShouldContain("小写英文字母");
        Beside.Message(html, "Form.Name").ShouldBe("名称必填，60字以内。");
        Beside.Message(html, "Form.Decimals").ShouldBe("小数位数填0到4。");
        Beside.Message(html, "Form.Unit").ShouldBe("");
        await using (var db = app.NewDbContext())
        {
            (await db.YearlyStatistics.CountAsync(s => s.Code == "人均收入")).ShouldBe(0);
        }

        var statistic = await StatisticWorld.DefineAsync(app, "page.income", "农民人均可支配收入", "元", 0);
        statistic.SectorList.ShouldBe([Core.Organizations.OrgSector.Village]);
        await using (var db = app.NewDbContext())
        {
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(YearlyStatistic) && e.TargetId == S(statistic.Id) && e.UserName == "county")).ShouldBe(1);
        }

        var (_, list) = await county.GetAsync("/Building/StatisticDefinitions");
        list.QuerySelector("#own-statistics")!.TextContent.ShouldContain("农民人均可支配收入");
        var (_, edit) = await county.GetAsync("/Building/StatisticDefinitions?code=page.income");
        var fields = TemplateForms.Fields(edit);
        fields["Form.Code"] = "page.renamed";
        var renamed = await county.PostFormAsync("/Building/StatisticDefinitions", fields, "/Building/StatisticDefinitions?code=page.income");
        Beside.Message(await Browser.ParseAsync(renamed), "Form.Code").ShouldContain("创建后不能修改");
        fields["Form.Id"] = S(statistic.Id + 100_000);
        (await county.PostFormAsync("/Building/StatisticDefinitions", fields, "/Building/StatisticDefinitions?code=page.income"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "a statistic the county does not have");

        var namesake = await county.PostFormAsync("/Building/StatisticDefinitions", new()
        {
            ["Form.Code"] = "page.income2", ["Form.Name"] = "农民人均可支配收入", ["Form.Unit"] = "元", ["Form.Decimals"] = "0",
        });
        Beside.Message(await Browser.ParseAsync(namesake), "Form.Name").ShouldBe("本县已有名为“农民人均可支配收入”的统计项（编码 page.income）。同名的统计项在台账和报告里分不清，请换一个名称，或先停用旧的。");

        var clerk = await Browser.LoginAsync(app, "clerk");
        (await clerk.Client.GetAsync("/Building/StatisticDefinitions")).IsDenied().ShouldBeTrue();
        (await county.GetAsync("/Building/StatisticDefinitions?code=no.such")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_past_years_grid_keeps_everything_unsaved_while_one_cell_is_wrong()
    {
        var statistic = await StatisticWorld.DefineAsync(app, "grid.land", "土地流转面积", "亩", 1);
        var first = await LedgerWorld.VillageAsync(app, 0);
        var second = await LedgerWorld.VillageAsync(app, 1);
        var year = app.Clock.Today().Year - 3;
        var url = $"/Building/Statistics?year={year}";
        var a = StatisticsModel.Field(first.Id, statistic.Id);
        var b = StatisticsModel.Field(second.Id, statistic.Id);
        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, grid) = await clerk.GetAsync(url);
        grid.QuerySelector($"input[name='{a}']").ShouldNotBeNull();
        grid.QuerySelector($"input[name='{b}']").ShouldNotBeNull();

        var bad = await clerk.PostFormAsync("/Building/Statistics", new() { ["Year"] = S(year), [a] = "1520", [b] = "12.25" }, url);
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(bad);
        Beside.Message(html, b).ShouldBe("“土地流转面积”最多1位小数。");
        Beside.Message(html, a).ShouldBe("");
        html.QuerySelector($"input[name='{b}']")!.GetAttribute("value").ShouldBe("12.25", "the form keeps what was typed");
        await using (var db = app.NewDbContext())
        {
            (await db.StatisticValues.CountAsync(v => v.StatisticId == statistic.Id)).ShouldBe(0, "nothing saved while a cell is wrong");
        }

        (await clerk.PostFormAsync("/Building/Statistics", new() { ["Year"] = S(year), [a] = "1520", [b] = "12.5" }, url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.NewDbContext())
        {
            var values = await db.StatisticValues.Where(v => v.StatisticId == statistic.Id).OrderBy(v => v.Value).Select(v => new { v.OrganizationId, v.Year, v.Value }).ToListAsync();
            values.Select(v => (v.OrganizationId, v.Year, v.Value)).ShouldBe([(second.Id, year, 12.5m), (first.Id, year, 1520m)]);
        }

        var (_, shown) = await clerk.GetAsync(url);
        shown.QuerySelector($"input[name='{a}']")!.GetAttribute("value").ShouldBe("1520.0");
        var (_, next) = await clerk.GetAsync($"/Building/Statistics?year={year + 1}");
        next.QuerySelector($"input[name='{a}']")!.ParentElement!.TextContent.ShouldContain("上年 1520.0");

        var liaison = await Browser.LoginAsync(app, "liaison");
        (await liaison.PostFormAsync("/Building/Statistics", new() { ["Year"] = S(year), [a] = "1" }, url)).IsDenied().ShouldBeTrue();
        (await clerk.PostFormAsync("/Building/Statistics", new() { ["Year"] = S(app.Clock.Today().Year + 1), [a] = "1" }, url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_branch_secretary_enters_its_own_villages_value_only()
    {
        var statistic = await StatisticWorld.DefineAsync(app, "branch.orchards", "林果面积", "亩", 0, villageBranchesOnly: false);
        int own;
        await using (var db = app.NewDbContext())
        {
            own = (await db.Users.SingleAsync(u => u.UserName == "branch")).OrganizationId;
        }

        var year = app.Clock.Today().Year - 1;
        var branch = await Browser.LoginAsync(app, "branch");
        var (_, grid) = await branch.GetAsync($"/Building/Statistics?year={year}");
        var fields = grid.QuerySelectorAll("#statistics input[name^='v_']").Select(i => i.GetAttribute("name")).ToList();
        fields.ShouldContain(StatisticsModel.Field(own, statistic.Id));
        var township = await LedgerWorld.TownshipAsync(app);
        var other = await LedgerWorld.VillageAsync(app, 4);
        if (other.Id == own)
        {
            other = await LedgerWorld.VillageAsync(app, 5);
        }

        fields.ShouldNotContain(StatisticsModel.Field(township.Id, statistic.Id), "the township is outside a branch's scope");
        fields.ShouldNotContain(StatisticsModel.Field(other.Id, statistic.Id), "another village is outside a branch's scope");
        var foreign = await branch.PostFormAsync("/Building/Statistics", new() { ["Year"] = S(year), [StatisticsModel.Field(other.Id, statistic.Id)] = "5" }, $"/Building/Statistics?year={year}");
        foreign.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(foreign)).QuerySelector(".validation-summary-errors")!.TextContent.ShouldContain("无权为其填报");
        (await branch.PostFormAsync("/Building/Statistics", new() { ["Year"] = S(year), [StatisticsModel.Field(own, statistic.Id)] = "300" }, $"/Building/Statistics?year={year}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.NewDbContext())
        {
            (await db.StatisticValues.Where(v => v.StatisticId == statistic.Id).Select(v => new { v.OrganizationId, v.Value }).SingleAsync()).ShouldBe(new { OrganizationId = own, Value = 300m });
        }
    }

    [Fact]
    public async Task A_county_indicator_over_a_statistic_compares_with_the_previous_year_in_the_draft_and_on_the_figure_page()
    {
        var statistic = await StatisticWorld.DefineAsync(app, "yoy.income", "农民人均可支配收入（同比测算）", "元", 0);
        var villages = new[] { await LedgerWorld.VillageAsync(app, 2), await LedgerWorld.VillageAsync(app, 3) };
        var township = await LedgerWorld.TownshipAsync(app);
        var year = app.Clock.Today().Year - 1;
        var clerk = await Browser.LoginAsync(app, "clerk");
        async Task EnterAsync(int y, string x, string z) =>
            (await clerk.PostFormAsync("/Building/Statistics", new()
            {
                ["Year"] = S(y), [StatisticsModel.Field(villages[0].Id, statistic.Id)] = x, [StatisticsModel.Field(villages[1].Id, statistic.Id)] = z,
            }, $"/Building/Statistics?year={y}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Average 13000元, then (14100 + 14137) / 2 = 14118.5 → 14119元 (half away from zero): (14119 − 13000) / 13000 = 8.6%.
        await EnterAsync(year - 1, "12000", "14000");
        await EnterAsync(year, "14100", "14137");

        var county = await Browser.LoginAsync(app, "county");
        var (_, page) = await county.GetAsync("/Reports/Template/Indicators");
        var indicator = TemplateForms.Fields(page);
        indicator["Form.Id"] = "county.income";
        indicator["Form.Name"] = "农民人均可支配收入";
        indicator["Form.Unit"] = "元";
        indicator["Form.Source"] = "statistics";
        indicator["Form.Kind"] = "Average";
        indicator["Form.Filter"] = "yoy.income";
        indicator["Form.Compare"] = "PreviousYear";
        indicator["Form.Place"] = "1-new";
        indicator["Form.Clause"] = "";
        (await county.PostFormAsync("/Reports/Template/Indicators", indicator)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await clerk.PostFormAsync($"/Reports/Compose?org={township.Id}", new() { ["Year"] = S(year) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, draft) = await clerk.GetAsync($"/Reports/Draft?org={township.Id}&year={year}");
        draft.QuerySelector("#report")!.TextContent.ShouldContain("农民人均可支配收入14119元，较上年增长8.6%。");

        var (_, figure) = await clerk.GetAsync($"/Reports/Figure?org={township.Id}&year={year}&indicator=county.income");
        figure.QuerySelector("#indicator-value")!.TextContent.ShouldBe("14119元");
        figure.QuerySelector("#indicator-comparison")!.TextContent.ShouldBe("较上年增长8.6%（与上年比较（相对变化率））");
        var previous = figure.QuerySelector("#indicator-previous a")!;
        previous.TextContent.ShouldBe("13000元");
        var (_, earlier) = await clerk.GetAsync(previous.GetAttribute("href")!);
        earlier.QuerySelector("#indicator-value")!.TextContent.ShouldBe("13000元");
        earlier.QuerySelector("#indicator-previous")!.TextContent.ShouldBe("无数据（不作比较）");
        earlier.QuerySelector("#indicator-comparison").ShouldBeNull("no data the year before: no comparison");
    }
}
