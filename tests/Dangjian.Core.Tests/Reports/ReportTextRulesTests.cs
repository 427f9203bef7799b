using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>No generated report may contain redaction marks, placeholders or empty clauses, whatever data it has.</summary>
public sealed class ReportTextRulesTests
{
    private static readonly string[] Forbidden = ["**", "XX", "×", "，，", "{{", "}}", "。。", "null"];

    [Fact]
    public async Task A_township_without_any_records_gets_a_clean_report_with_no_zero_figures()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        var report = await world.ComposeAsync(2026);
        Check(report);
        report.Render(ReportSection.Highlights).ShouldBeEmpty("no theme has a figure");
        report.Render(ReportSection.Problems).ShouldContain("一是");
        report.Render(ReportSection.NextSteps).ShouldContain("一是");
    }

    [Fact]
    public async Task The_seed_000_report_is_clean()
    {
        await using var world = await Seed000ReportTests.BuildAsync();
        Check(await world.ComposeAsync(2023, "加强非公企业党建。\n\n打造党建特色品牌；"));
    }

    [Fact]
    public async Task A_report_with_the_loop_and_building_problems_is_clean()
    {
        await using var world = await LoopProblemTests.BuildAsync();
        Check(await world.ComposeAsync(2025));
    }

    private static void Check(ComposedReport report)
    {
        var text = report.Title + string.Concat(Enum.GetValues<ReportSection>().Select(report.Render));
        foreach (var bad in Forbidden)
        {
            text.ShouldNotContain(bad, Case.Sensitive);
        }

        System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<![0-9.])0(次|名|人|个|场次|期|批次|件|万元|%)").ShouldBeFalse("a figure without data is left out, never printed as 0");
    }
}
