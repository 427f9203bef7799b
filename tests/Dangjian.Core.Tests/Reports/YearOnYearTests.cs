using Dangjian.Core.Indicators;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Statistics;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>
/// Year-on-year comparison of any indicator across two years: a count and an amount as a relative change ("较上年增长…%"),
/// a rate in percentage points, a county's yearly statistic; nothing printed when the previous year has no data.
/// </summary>
public sealed class YearOnYearTests
{
    private const int Year = 2025;

    private static IndicatorDefinition Def(string source, IndicatorKind kind, string unit, string? filter = null, decimal? threshold = null, decimal? below = null) =>
        new() { Id = "yoy", Name = "比较", Unit = unit, Source = source, Kind = kind, Filter = filter, Threshold = threshold, Below = below, Compare = IndicatorComparison.PreviousYear };

    private static async Task<IndicatorValue> ComputeAsync(ReportWorld world, IndicatorDefinition d) =>
        await new IndicatorService(world.Db, new IndicatorCatalog([d]), new DateOnly(Year + 1, 1, 10)).ComputeAsync("yoy", world.Township, Year);

    [Fact]
    public async Task A_count_compares_as_a_relative_change_and_a_rate_in_percentage_points()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        await world.WorkAsync(Year - 1, "research", 7);
        await world.WorkAsync(Year, "research", 8);
        world.Commitments(Year - 1, 5, fulfilled: 3);
        world.Commitments(Year, 5, fulfilled: 4);
        await world.Db.SaveChangesAsync();

        // 7 → 8: (8 − 7) / 7 = 14.29% → 14.3%.
        var count = await ComputeAsync(world, Def("work", IndicatorKind.Count, "次", "research"));
        count.Figure!.Text.ShouldBe("8次");
        count.Previous!.Text.ShouldBe("7次");
        count.ComparisonText.ShouldBe("较上年增长14.3%");
        count.ComparisonLabel.ShouldBe("与上年比较（相对变化率）");

        // 3 of 5 = 60% → 4 of 5 = 80%: 20 points, never "%".
        var rate = await ComputeAsync(world, Def("commitments", IndicatorKind.Rate, "%"));
        rate.Figure!.Text.ShouldBe("80%");
        rate.ComparisonText.ShouldBe("较上年提高20个百分点");
        rate.ComparisonLabel.ShouldBe("与上年比较（百分点差）");
    }

    [Fact]
    public async Task A_fall_reads_下降_and_an_equal_value_持平()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 1);
        await world.WorkAsync(Year - 1, "research", 8);
        await world.WorkAsync(Year, "research", 6);
        await world.WorkAsync(Year - 1, "training", 4);
        await world.WorkAsync(Year, "training", 4);
        (await ComputeAsync(world, Def("work", IndicatorKind.Count, "次", "research"))).ComparisonText.ShouldBe("较上年下降25.0%");
        (await ComputeAsync(world, Def("work", IndicatorKind.Count, "次", "training"))).ComparisonText.ShouldBe("与上年持平");
    }

    [Fact]
    public async Task A_yearly_statistic_compares_with_the_previous_year_and_prints_in_the_report()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 3);
        var clock = new FakeTimeProvider(new DateTimeOffset(Year + 1, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var definitions = new StatisticDefinitions(world.Db);
        async Task<YearlyStatistic> DefineAsync(StatisticDraft draft) => (await world.Db.YearlyStatistics.FindAsync((await definitions.SaveAsync(world.County, draft)).Id))!;
        var income = await DefineAsync(new StatisticDraft { Code = "income.per-capita", Name = "农民人均可支配收入", Unit = "元", Decimals = "0" });
        var land = await DefineAsync(new StatisticDraft { Code = "land.transfer", Name = "土地流转面积", Unit = "亩", Decimals = "1", Sectors = ["Village"] });
        var newOne = await DefineAsync(new StatisticDraft { Code = "orchards", Name = "林果面积", Unit = "亩", Decimals = "0" });
        var entry = new StatisticEntry(world.Db, clock);
        var v = world.Villages;
        (await entry.SaveAsync(Year - 1,
        [
            new(v[0].Id, income.Id, "12000"), new(v[1].Id, income.Id, "13000"), new(v[2].Id, income.Id, "14000"),
            new(v[0].Id, land.Id, "1200.5"), new(v[1].Id, land.Id, "999.5"), new(v[2].Id, land.Id, "1000"),
        ])).Succeeded.ShouldBeTrue();
        (await entry.SaveAsync(Year,
        [
            new(v[0].Id, income.Id, "14100"), new(v[1].Id, income.Id, "14120"), new(v[2].Id, income.Id, "14135"),
            new(v[0].Id, land.Id, "1520"), new(v[1].Id, land.Id, "1000"), new(v[2].Id, land.Id, "1000"),
            new(v[0].Id, newOne.Id, "500"),
        ])).Succeeded.ShouldBeTrue();

        // Average 42355 / 3 = 14118.33 → 14118元; a year earlier 13000元: (14118 − 13000) / 13000 = 8.6%.
        var average = await ComputeAsync(world, Def("statistics", IndicatorKind.Average, "元", "income.per-capita"));
        average.Figure!.Text.ShouldBe("14118元");
        average.Previous!.Text.ShouldBe("13000元");
        average.ComparisonText.ShouldBe("较上年增长8.6%");

        // Sum 3520.0亩 against 3200.0亩: 10.0%.
        var sum = await ComputeAsync(world, Def("statistics", IndicatorKind.Sum, "亩", "land.transfer"));
        sum.Figure!.Text.ShouldBe("3520.0亩");
        sum.ComparisonText.ShouldBe("较上年增长10.0%");

        // Villages at 14120 or more: 2 (a year earlier none, so nothing to compare).
        var reaching = await ComputeAsync(world, Def("statistics", IndicatorKind.BucketCount, "个", "income.per-capita", threshold: 14120));
        reaching.Figure!.Text.ShouldBe("2个");
        reaching.ComparisonText.ShouldBe("");
        (await ComputeAsync(world, Def("statistics", IndicatorKind.BucketCount, "个", "income.per-capita", threshold: 14100, below: 14135))).Figure!.Text.ShouldBe("2个");

        var first = await ComputeAsync(world, Def("statistics", IndicatorKind.Sum, "亩", "orchards"));
        first.Figure!.Text.ShouldBe("500亩");
        first.Previous.ShouldBeNull();
        first.ComparisonText.ShouldBe("", "no data the year before: no comparison");

        var records = await new IndicatorService(world.Db, new IndicatorCatalog([Def("statistics", IndicatorKind.Sum, "亩", "land.transfer")]), new DateOnly(Year + 1, 1, 10))
            .RecordsAsync("yoy", world.Township, Year);
        records.Select(r => r.Label).ShouldBe([$"{v[0].Name} {Year}年土地流转面积1520.0亩", $"{v[1].Name} {Year}年土地流转面积1000.0亩", $"{v[2].Name} {Year}年土地流转面积1000.0亩"]);

        var themes = ReportTemplate.Default.Highlights!.ToList();
        themes[^1] = themes[^1] with { Sentences = [.. themes[^1].Sentences, new() { Clauses = ["农民人均可支配收入达到{{fig:county.income}}{{cmp:county.income}}", "流转土地{{fig:county.land}}{{cmp:county.land}}"] }] };
        await world.CountyTemplateAsync(new ReportTemplate
        {
            Highlights = themes,
            Indicators =
            [
                new IndicatorDefinition { Id = "county.income", Name = "农民人均可支配收入", Unit = "元", Source = "statistics", Kind = IndicatorKind.Average, Filter = "income.per-capita", Compare = IndicatorComparison.PreviousYear },
                new IndicatorDefinition { Id = "county.land", Name = "流转土地", Unit = "亩", Source = "statistics", Kind = IndicatorKind.Sum, Filter = "land.transfer", Compare = IndicatorComparison.PreviousYear },
            ],
        });
        var report = (await world.ComposeAsync(Year)).Render(ReportSection.Highlights);
        report.ShouldContain("农民人均可支配收入达到14118元，较上年增长8.6%，流转土地3520.0亩，较上年增长10.0%。");
    }

    [Fact]
    public async Task An_unknown_statistic_code_is_refused_not_read_as_no_data()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 1);
        var error = await Should.ThrowAsync<InvalidOperationException>(() => ComputeAsync(world, Def("statistics", IndicatorKind.Sum, "亩", "no.such")));
        error.Message.ShouldContain("没有编码为“no.such”的年度统计项");
    }
}
