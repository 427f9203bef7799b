using Dangjian.Core.Reviews;
using Shouldly;

namespace Dangjian.Core.Tests.Reviews;

/// <summary>Equal totals are ordered by democratic score, then objective score, then fewer 差 ballots, then name in pinyin.</summary>
public sealed class TieBreakingTests
{
    private static readonly ReviewIndicatorRule[] Score = [new("score", 1, IndicatorDirection.Higher, Target: 100)];

    private static ScoringParticipant P(string name, decimal objective, BallotCounts ballots, decimal? reviewer = null) =>
        new(name.GetHashCode(StringComparison.Ordinal), name, new Dictionary<string, decimal?> { ["score"] = objective }, ballots, reviewer);

    private static IReadOnlyList<string> Order(ReviewRules rules, params ScoringParticipant[] participants) =>
        ReviewScoring.Score(rules, Score, participants).Select(s => s.Name).ToList();

    [Fact]
    public void Equal_totals_put_the_higher_democratic_score_first()
    {
        var rules = ReviewRules.Default with { Weights = new(50, 50, 0) };
        var scores = ReviewScoring.Score(rules, Score, [P("甲镇党委", 80, new(10, 0, 0, 10, 0)), P("乙镇党委", 60, new(10, 0, 10, 0, 0))]);
        scores.Select(s => s.Total).ShouldBe([70m, 70m]);
        scores.Select(s => s.Name).ShouldBe(["乙镇党委", "甲镇党委"]);
    }

    [Fact]
    public void Equal_totals_and_democratic_scores_put_the_higher_objective_score_first()
    {
        var scores = ReviewScoring.Score(ReviewRules.Default, Score, [P("甲镇党委", 65, new(10, 0, 10, 0, 0), 80), P("乙镇党委", 80, new(10, 0, 10, 0, 0), 60)]);
        scores.Select(s => s.Total).ShouldBe([74m, 74m]);
        scores.Select(s => s.Name).ShouldBe(["乙镇党委", "甲镇党委"]);
    }

    [Fact]
    public void Then_fewer_poor_ballots_come_first()
    {
        // 8 好 + 2 差 and 5 好 + 5 一般 both average 80 points
        Order(ReviewRules.Default, P("甲镇党委", 70, new(10, 8, 0, 0, 2), 85), P("乙镇党委", 70, new(10, 5, 0, 5, 0), 85))
            .ShouldBe(["乙镇党委", "甲镇党委"]);
    }

    [Fact]
    public void Then_the_organization_name_in_pinyin_order()
    {
        // 杨 (yang) sorts before 白 (bai) by code point; pinyin puts 白河镇 first
        Order(ReviewRules.Default, P("杨柳镇党委", 70, new(10, 5, 0, 5, 0), 85), P("白河镇党委", 70, new(10, 5, 0, 5, 0), 85))
            .ShouldBe(["白河镇党委", "杨柳镇党委"]);
    }

    [Fact]
    public void The_flag_follows_the_tie_break()
    {
        var rules = ReviewRules.Default with { BottomN = 1 };
        var scores = ReviewScoring.Score(rules, Score,
            [P("甲镇党委", 70, new(10, 8, 0, 0, 2), 85), P("乙镇党委", 70, new(10, 5, 0, 5, 0), 85), P("丙镇党委", 90, new(10, 10, 0, 0, 0), 90)]);
        scores.Single(s => s.Flagged).Name.ShouldBe("甲镇党委");
        scores.Select(s => s.Rank).ShouldBe([1, 2, 3]);
    }
}
