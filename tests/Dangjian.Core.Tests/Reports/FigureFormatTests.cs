using System.Globalization;
using System.Text.RegularExpressions;
using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Figures;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>One way of printing figures: rates never round to 100% or 0% unless exact, digits in zh-CN whatever the server's culture.</summary>
public sealed partial class FigureFormatTests
{
    [GeneratedRegex(@"\d,\d")]
    private static partial Regex CommaDecimal();

    [Theory]
    [InlineData(199, 200, "99%")]
    [InlineData(200, 200, "100%")]
    [InlineData(1, 250, "1%")]
    [InlineData(0, 7, "0%")]
    [InlineData(1, 8, "13%")]
    [InlineData(2, 3, "67%")]
    public void A_share_prints_100_or_0_only_when_exact(int part, int whole, string text) =>
        Figure.Share(part, whole)!.Text.ShouldBe(text);

    [Theory]
    [InlineData(1999, 2000, "99.9%")]
    [InlineData(2, 3, "66.7%")]
    [InlineData(1, 2, "50%")]
    [InlineData(1, 3000, "0.1%")]
    public void A_rate_with_one_decimal_keeps_the_same_rule(int part, int whole, string text) =>
        FigureFormat.PercentText(part, whole).ShouldBe(text);

    [Fact]
    public async Task Reports_and_bulletins_print_the_same_under_a_server_culture_writing_decimal_commas()
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var bulletin = BulletinDraft.Compose(new BulletinFacts("青石镇党委", 2026, 3, [], [], 3, 2, 0, [], "3月底"));
            bulletin.ShouldContain("销号率66.7%");
            await using var world = await Seed000ReportTests.BuildAsync();
            var report = await new ReportComposer(world.Db, new DateOnly(2024, 1, 15)).ComposeAsync(new ReportInput(world.Township, 2023));
            var highlights = report.Render(ReportSection.Highlights);
            highlights.ShouldContain("平均年龄41.6岁");
            CommaDecimal().IsMatch(highlights + bulletin).ShouldBeFalse();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
