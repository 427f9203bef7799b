using Dangjian.Core.Reviews;
using Shouldly;

namespace Dangjian.Core.Tests.Reviews;

public sealed class BallotAndRulesTests
{
    [Fact]
    public void Ballots_within_the_voters_are_valid_blank_ones_included() =>
        new BallotCounts(40, 20, 10, 5, 3).Validate().ShouldBeEmpty();

    [Fact]
    public void Ballots_cannot_exceed_the_voters()
    {
        new BallotCounts(40, 20, 15, 5, 1).Validate().ShouldBe(["各档票数合计41票，超过了参加测评的40人。"]);
        new BallotCounts(40, 20, 15, 5, 0).Validate().ShouldBeEmpty("exactly the voters is fine");
    }

    [Fact]
    public void Counts_cannot_be_negative_and_someone_must_have_voted()
    {
        new BallotCounts(10, 5, -1, 0, 0).Validate().ShouldBe(["“较好”的票数不能为负数。"]);
        new BallotCounts(0, 0, 0, 0, 0).Validate().ShouldBe(["参加民主测评的人数应大于0。"]);
    }

    [Fact]
    public void The_default_rules_load_from_json_and_are_valid()
    {
        var rules = ReviewRules.Default;
        rules.Validate().ShouldBeEmpty();
        rules.Weights.ShouldBe(new PartWeights(40, 30, 30));
        rules.BallotScores.ShouldBe(new BallotScores(100, 80, 60, 0));
        rules.Grades.ShouldBe(new GradeThresholds(90, 80, 60));
        (rules.BottomN, rules.FlagAction).ShouldBe((3, FlagAction.Talk));
        rules.RectificationDue.In(2026).ShouldBe(new DateOnly(2026, 6, 30));
        rules.Indicators!.Count.ShouldBeGreaterThanOrEqualTo(4);
        ReviewRules.Parse(rules.ToJson()).ShouldBe(rules with { Indicators = null }, "a plan keeps its rules without the default indicators");
    }

    [Fact]
    public void Invalid_rules_are_refused_in_chinese()
    {
        var errors = (ReviewRules.Default with { Weights = new(50, 30, 30), Grades = new(80, 90, 60), BottomN = -1 }).Validate();
        errors.ShouldContain("客观指标、民主测评、评议组评分三部分权重之和应为100（现为110）。");
        errors.ShouldContain("等次分数线应满足：100 ≥ “好” > “较好” > “一般” ≥ 0。");
        errors.ShouldContain("排名靠后需约谈或警示的个数不能为负数。");
    }

    [Fact]
    public void The_29th_of_february_falls_back_in_common_years() =>
        new MonthDay(2, 29).In(2027).ShouldBe(new DateOnly(2027, 2, 28));
}
