using Dangjian.Core.Figures;
using Shouldly;

namespace Dangjian.Core.Tests.Cadres;

public class FigureTests
{
    private static Figure Age(decimal v) => new(v, "岁", 1);

    private static Figure Pct(decimal v) => new(v, Figure.Percent, 0);

    [Fact]
    public void An_average_age_falling_from_47_8_to_41_6_is_13_0_percent_relative()
    {
        var relative = FigureComparison.Relative(Age(41.6m), Age(47.8m))!;
        relative.ShouldBe(new Figure(-13.0m, "%", 1, FigureKind.RelativeChange));
        relative.Describe().ShouldBe("较上届下降13.0%（相对变化率）");
        var difference = FigureComparison.Absolute(Age(41.6m), Age(47.8m));
        difference.ShouldBe(new Figure(-6.2m, "岁", 1, FigureKind.Difference));
        difference.Describe().ShouldBe("较上届下降6.2岁");
    }

    [Fact]
    public void A_share_rising_from_63_to_68_percent_is_5_points_and_7_9_percent_relative()
    {
        var points = FigureComparison.Absolute(Pct(68), Pct(63));
        points.ShouldBe(new Figure(5m, Figure.Points, 0, FigureKind.PointChange));
        points.Describe().ShouldBe("较上届提高5个百分点");
        FigureComparison.Relative(Pct(68), Pct(63))!.Describe().ShouldBe("较上届提高7.9%（相对变化率）");
    }

    [Theory]
    [InlineData(17, 25, 68)]
    [InlineData(12, 19, 63)] // 63.16
    [InlineData(1, 8, 13)]   // 12.5 rounds half away from zero
    [InlineData(5, 8, 63)]   // 62.5
    [InlineData(2, 3, 67)]
    public void Shares_are_whole_percent_rounded_half_away_from_zero(int part, int whole, int percent) =>
        Figure.Share(part, whole)!.Value.ShouldBe(percent);

    [Theory]
    [InlineData(411, 10, "41.1")]
    [InlineData(1398, 29, "48.2")]
    [InlineData(841, 20, "42.1")] // 42.05
    [InlineData(420, 10, "42.0")]
    public void Average_ages_have_one_decimal(long sum, int count, string text) =>
        Figure.Average(sum, count, "岁")!.Number.ShouldBe(text);

    [Fact]
    public void Empty_groups_have_no_share_and_no_average()
    {
        Figure.Share(0, 0).ShouldBeNull();
        Figure.Average(0, 0, "岁").ShouldBeNull();
    }

    [Fact]
    public void Nothing_to_compare_gives_no_comparison_rather_than_zero()
    {
        var row = new ComparedFigure("平均年龄", Age(41.6m), null);
        row.Relative.ShouldBeNull();
        row.Absolute.ShouldBeNull();
        FigureComparison.Relative(Pct(20), Pct(0)).ShouldBeNull(); // no base for a relative change
        FigureComparison.Absolute(Pct(20), Pct(0)).Value.ShouldBe(20);
    }

    [Fact]
    public void Unchanged_figures_are_described_as_level_with_the_last_term() =>
        FigureComparison.Absolute(Pct(60), Pct(60)).Describe().ShouldBe("与上届持平（百分点差）");

    [Fact]
    public void Counts_grow_and_shrink_in_people() =>
        FigureComparison.Absolute(Figure.Count(12, "名"), Figure.Count(10, "名")).Describe().ShouldBe("较上届增加2名");
}
