using Dangjian.Core.Reviews;
using Shouldly;

namespace Dangjian.Core.Tests.Reviews;

public sealed class ReviewScoringTests
{
    private static readonly ReviewRules Rules = ReviewRules.Default with { BottomN = 1 };

    private static readonly ReviewIndicatorRule[] Indicators =
    [
        new("a", 1),
        new("b", 1, IndicatorDirection.Higher, Target: 4),
        new("c", 2, IndicatorDirection.Lower),
    ];

    private static ScoringParticipant P(int id, string name, decimal? a, decimal? b, decimal? c, BallotCounts? ballots, decimal? reviewer) =>
        new(id, name, new Dictionary<string, decimal?> { ["a"] = a, ["b"] = b, ["c"] = c }, ballots, reviewer);

    [Fact]
    public void The_default_formula_gives_the_hand_computed_parts_totals_grades_and_ranks()
    {
        var scores = ReviewScoring.Score(Rules, Indicators,
        [
            P(1, "甲镇党委", 10, 2, 0, new(50, 40, 8, 2, 0), 90),
            P(2, "乙镇党委", 5, null, 4, new(50, 20, 20, 5, 3), 80),
            P(3, "丙镇党委", null, 6, 2, new(40, 10, 10, 10, 10), 75),
        ]);

        scores.Select(s => s.Name).ShouldBe(["甲镇党委", "丙镇党委", "乙镇党委"]);
        scores.Select(s => s.Rank).ShouldBe([1, 2, 3]);
        var (first, second, third) = (scores[0], scores[1], scores[2]);
        // a: relative to the best (10); b: against the target 4, at most 100; c: lower is better, (worst − v) ÷ (worst − best)
        first.IndicatorPoints.ShouldBe(new Dictionary<string, decimal> { ["a"] = 100, ["b"] = 50, ["c"] = 100 });
        second.IndicatorPoints.ShouldBe(new Dictionary<string, decimal> { ["a"] = 0, ["b"] = 100, ["c"] = 50 });
        third.IndicatorPoints.ShouldBe(new Dictionary<string, decimal> { ["a"] = 50, ["b"] = 0, ["c"] = 0 });
        (first.Objective, second.Objective, third.Objective).ShouldBe((87.5m, 50m, 12.5m));
        (first.Democratic, second.Democratic, third.Democratic).ShouldBe((95.2m, 60m, 78m));
        (first.Total, second.Total, third.Total).ShouldBe((90.56m, 60.5m, 52.4m));
        (first.Grade, second.Grade, third.Grade).ShouldBe((ReviewGrade.Good, ReviewGrade.Average, ReviewGrade.Poor));
        scores.Select(s => s.Flagged).ShouldBe([false, false, true]);
    }

    [Fact]
    public void Missing_data_counts_as_the_value_zero()
    {
        var higher = new ReviewIndicatorRule("x", 1);
        ReviewScoring.IndicatorPoints(higher, null, [null, 8m, 4m]).ShouldBe(0);
        ReviewScoring.IndicatorPoints(higher, 4m, [null, 8m, 4m]).ShouldBe(50);
        ReviewScoring.IndicatorPoints(higher, null, [null, null]).ShouldBe(0, "nobody has data: nobody earns points");
        var lower = new ReviewIndicatorRule("missed", 1, IndicatorDirection.Lower);
        ReviewScoring.IndicatorPoints(lower, null, [null, 3m, 6m]).ShouldBe(100, "no missed meetings recorded is the best value");
        ReviewScoring.IndicatorPoints(lower, 3m, [null, 3m, 6m]).ShouldBe(50);
        ReviewScoring.IndicatorPoints(lower, 2m, [2m, 2m]).ShouldBe(100);
        var lowerTarget = new ReviewIndicatorRule("missed", 1, IndicatorDirection.Lower, Target: 2);
        ReviewScoring.IndicatorPoints(lowerTarget, 2m, []).ShouldBe(100);
        ReviewScoring.IndicatorPoints(lowerTarget, 8m, []).ShouldBe(25);
    }

    [Fact]
    public void Democratic_score_is_the_weighted_average_per_voter_and_blank_ballots_count_zero()
    {
        var points = ReviewRules.Default.BallotScores;
        ReviewScoring.Democratic(new(10, 10, 0, 0, 0), points).ShouldBe(100);
        ReviewScoring.Democratic(new(10, 5, 0, 0, 0), points).ShouldBe(50);
        ReviewScoring.Democratic(new(3, 1, 1, 1, 0), points).ShouldBe(80);
        ReviewScoring.Democratic(new(3, 1, 0, 1, 0), points).ShouldBe(53.33m);
        ReviewScoring.Democratic(null, points).ShouldBeNull();
    }

    [Theory]
    [InlineData(100, ReviewGrade.Good)]
    [InlineData(90, ReviewGrade.Good)]
    [InlineData(89.99, ReviewGrade.FairlyGood)]
    [InlineData(80, ReviewGrade.FairlyGood)]
    [InlineData(79.99, ReviewGrade.Average)]
    [InlineData(60, ReviewGrade.Average)]
    [InlineData(59.99, ReviewGrade.Poor)]
    [InlineData(0, ReviewGrade.Poor)]
    public void Grades_follow_the_thresholds_with_each_threshold_inclusive(decimal total, ReviewGrade grade) =>
        ReviewScoring.Grade(total, ReviewRules.Default.Grades).ShouldBe(grade);

    [Fact]
    public void Grades_follow_a_plans_own_thresholds()
    {
        var strict = new GradeThresholds(95, 85, 70);
        ReviewScoring.Grade(92, strict).ShouldBe(ReviewGrade.FairlyGood);
        ReviewScoring.Grade(69.5m, strict).ShouldBe(ReviewGrade.Poor);
    }

    [Theory]
    [InlineData(3, 5, 3)]
    [InlineData(3, 3, 2)]
    [InlineData(3, 1, 0)]
    [InlineData(0, 5, 0)]
    [InlineData(1, 15, 1)]
    public void The_bottom_n_are_flagged_but_never_everyone(int n, int participants, int flagged) =>
        ReviewScoring.FlaggedCount(n, participants).ShouldBe(flagged);

    [Fact]
    public void A_missing_part_counts_zero_in_the_total()
    {
        ReviewScoring.Total(new PartWeights(40, 30, 30), 80, 90, null).ShouldBe(59);
        ReviewScoring.Total(new PartWeights(50, 50, 0), 81.25m, 77.77m, 100).ShouldBe(79.51m);
    }
}
