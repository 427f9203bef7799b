using Dangjian.Web.Tests.Infrastructure;
using Shouldly;
using static Dangjian.Web.Tests.Reports.SeedPages;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// Issue #15, the long tail of seed report 002: 争取资金 is a built-in work category (万元) the default template prints; what no
/// built-in record kind holds the county makes its own — a work category 村“两委”工作研判 counted in 轮次 and a yearly statistic
/// 先锋富民示范户 in 户 each village fills — with the indicators and clauses that print them; the clerk imports the year's rows
/// and the secretary composes. Only what the seed states is entered (3 rounds, 35万元, 128 households over the villages).
/// </summary>
public sealed class Seed002LongTailTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const int Year = 2023;

    public static readonly string[] Figures = ["开展村“两委”工作研判3轮次", "积极争取资金35万元", "培育先锋富民示范户128户"];

    [Fact]
    public async Task The_countys_own_category_and_statistics_print_the_figures_no_built_in_record_holds()
    {
        var (township, villages) = await TownshipAsync(app);
        var county = await Browser.LoginAsync(app, "county");
        var clerk = await Browser.LoginAsync(app, "clerk");

        await CategoryAsync(county, "two-committees-review", "村“两委”工作研判", "轮次", "轮次");
        await StatisticAsync(county, "pioneer.households", "先锋富民示范户", "户", 0);

        var work = Enumerable.Range(0, 3).Select(i => new string?[]
        {
            township.Name, "村“两委”工作研判", D(Day(Year, 8 + 12 * i)), $"第{i + 1}轮村“两委”工作研判", null, null, township.SecretaryName, null, null,
        }).Append([township.Name, "争取资金", D(Day(Year, 20)), "争取村级活动阵地改扩建资金", "35", null, null, null, null]);
        await ImportAsync(clerk, "work-records", SeedLedgers.Work, work);
        // 128 households over four villages: 40 + 36 + 30 + 22.
        await ImportAsync(clerk, "statistics", SeedLedgers.Statistics,
        [
            [villages[0].Name, S(Year), "先锋富民示范户", "40"], [villages[1].Name, S(Year), "先锋富民示范户", "36"],
            [villages[2].Name, S(Year), "先锋富民示范户", "30"], [villages[3].Name, S(Year), "先锋富民示范户", "22"],
        ]);

        await IndicatorAsync(county, Indicator("county.two-committees", "村“两委”工作研判", "轮次", "work", "two-committees-review", "5-new", "开展村“两委”工作研判{{fig:county.two-committees}}"));
        await IndicatorAsync(county, Indicator("county.pioneers", "先锋富民示范户", "户", "statistics", "pioneer.households", "5-new", "培育先锋富民示范户{{fig:county.pioneers}}"));

        var report = await ComposeAsync(app, township.Id, Year);
        foreach (var figure in Figures)
        {
            report.ShouldContain(figure, Case.Sensitive, report);
        }
    }
}
