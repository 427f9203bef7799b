using Dangjian.Core.Development;
using Shouldly;

namespace Dangjian.Core.Tests.Development;

public sealed class TimingRuleTests
{
    private static readonly DevelopmentTimeline T = Cases.Timeline;

    private static IReadOnlyList<RuleFinding> Check(Cases c, StepEntry entry) => T.Check(c.Facts, entry, Cases.Today);

    [Fact]
    public void An_applicant_must_be_18_on_the_day_of_application()
    {
        var facts = new CaseFacts(new DateOnly(2008, 5, 3), []);
        var early = T.Check(facts, new StepEntry(1, new DateOnly(2026, 5, 2)), Cases.Today).Single();
        early.Severity.ShouldBe(Severity.Block);
        early.Message.ShouldContain("于2026年5月3日年满18岁");
        T.Check(facts, new StepEntry(1, new DateOnly(2026, 5, 3)), Cases.Today).ShouldBeEmpty();
    }

    [Fact]
    public void The_talk_is_due_within_one_month_and_only_warns_when_late()
    {
        var c = Cases.AppliedOn(new DateOnly(2026, 1, 31));
        Check(c, new StepEntry(2, new DateOnly(2026, 2, 28))).ShouldBeEmpty();
        var late = Check(c, new StepEntry(2, new DateOnly(2026, 3, 1))).Single();
        late.Severity.ShouldBe(Severity.Warn);
        late.Message.ShouldStartWith("根据《发展党员工作细则》第七条");
        T.Next(c.Facts)!.Deadline.ShouldBe(new DateOnly(2026, 2, 28));
    }

    [Fact]
    public void An_activist_becomes_a_target_after_one_full_year_with_two_reviews()
    {
        var c = Cases.AppliedOn(new DateOnly(2025, 3, 1)).Through(5, new DateOnly(2025, 5, 3))
            .With(new StepEntry(6, new DateOnly(2025, 11, 1))).With(new StepEntry(6, new DateOnly(2026, 4, 30)));
        var blocked = Check(c, new StepEntry(7, new DateOnly(2026, 5, 2))).Single();
        blocked.Severity.ShouldBe(Severity.Block);
        blocked.Message.ShouldBe("根据《发展党员工作细则》第十三条，入党积极分子须经过1年以上培养教育和考察方可列为发展对象；该同志于2025年5月3日确定为入党积极分子，最早可于2026年5月3日列为发展对象。");
        Check(c, new StepEntry(7, new DateOnly(2026, 5, 3))).ShouldBeEmpty();
        T.Next(c.Facts)!.Earliest.ShouldBe(new DateOnly(2026, 5, 3));
    }

    [Fact]
    public void Too_few_half_yearly_reviews_block_the_target()
    {
        var c = Cases.AppliedOn(new DateOnly(2024, 3, 1)).Through(5, new DateOnly(2024, 5, 3)).With(new StepEntry(6, new DateOnly(2024, 11, 1)));
        var finding = Check(c, new StepEntry(7, new DateOnly(2025, 6, 1))).Single();
        finding.Rule.ShouldBe(TimingRule.Reviews);
        finding.Message.ShouldContain("目前只有1次");
        T.Next(c.Facts)!.Step.Number.ShouldBe(7);
        T.Next(c.Facts)!.Deadline.ShouldBe(new DateOnly(2025, 5, 1));
    }

    [Theory]
    [InlineData(3, 0, true)]
    [InlineData(2, 24, true)]
    [InlineData(2, 23, false)]
    [InlineData(0, 0, false)]
    public void Concentrated_training_needs_three_days_or_24_hours(int days, int hours, bool passes)
    {
        var c = Cases.AppliedOn(new DateOnly(2024, 1, 1)).Through(10, new DateOnly(2025, 6, 1));
        var findings = Check(c, new StepEntry(11, new DateOnly(2025, 7, 1)) { TrainingDays = days, TrainingHours = hours });
        (findings.Count == 0).ShouldBe(passes);
    }

    [Fact]
    public void Public_notice_counts_working_days_without_holidays_and_with_adjusted_days()
    {
        var c = Cases.AppliedOn(new DateOnly(2024, 1, 1)).Through(11, new DateOnly(2025, 6, 1));
        StepEntry Notice(DateOnly from, DateOnly to) => new(12, new DateOnly(2026, 11, 1)) { NoticeFrom = from, NoticeTo = to };

        // Mon 2026-04-27 … Fri 5-1 is a holiday: 4 working days; 5-6 (Wed) is the fifth (5-1..5-5 off).
        var short1 = Check(c, Notice(new DateOnly(2026, 4, 27), new DateOnly(2026, 5, 5))).Single();
        short1.Message.ShouldContain("只有4个工作日，最早可于2026年5月6日结束");
        Check(c, Notice(new DateOnly(2026, 4, 27), new DateOnly(2026, 5, 6))).ShouldBeEmpty();

        // Sat 2026-02-14 is a 调休 working day and counts: 2-9..2-13 would be five anyway; start 2-12 (Thu):
        // 2-12, 2-13, 2-14 (调休), then 2-15..2-23 Spring Festival, 2-24, so the fifth is 2-25.
        Check(c, Notice(new DateOnly(2026, 2, 12), new DateOnly(2026, 2, 24))).Single().Message.ShouldContain("最早可于2026年2月25日结束");
        Check(c, Notice(new DateOnly(2026, 2, 12), new DateOnly(2026, 2, 25))).ShouldBeEmpty();

        // An ordinary week: Mon to Fri is exactly five.
        Check(c, Notice(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13))).ShouldBeEmpty();
        Check(c, Notice(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 12))).Single().Severity.ShouldBe(Severity.Block);
    }

    [Fact]
    public void Pre_approval_waits_for_the_end_of_the_notice()
    {
        var c = Cases.AppliedOn(new DateOnly(2024, 1, 1)).Through(11, new DateOnly(2025, 6, 1))
            .With(new StepEntry(12, new DateOnly(2025, 6, 2)) { NoticeFrom = new DateOnly(2025, 6, 2), NoticeTo = new DateOnly(2025, 6, 9) });
        Check(c, new StepEntry(13, new DateOnly(2025, 6, 9))).Single().Message.ShouldContain("最早可于2025年6月10日预审");
        Check(c, new StepEntry(13, new DateOnly(2025, 6, 10))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(20, 11, 11, true)]
    [InlineData(20, 10, 10, false)] // exactly half present fails
    [InlineData(20, 20, 10, false)] // exactly half of those due in favour fails, though most of those present agree
    [InlineData(21, 11, 11, true)]
    [InlineData(21, 11, 10, false)]
    public void The_branch_vote_needs_more_than_half_present_and_in_favour_of_those_due(int due, int present, int yes, bool passes)
    {
        var vote = new StepEntry(15, new DateOnly(2025, 8, 1)) { VotersDue = due, VotersPresent = present, VotesInFavour = yes };
        (DevelopmentTimeline.VoteProblem(vote) is null).ShouldBe(passes);
    }

    [Fact]
    public void Approval_within_three_months_warns_after_and_blocks_after_six()
    {
        var c = Cases.AppliedOn(new DateOnly(2024, 1, 1)).Through(14, new DateOnly(2025, 6, 1))
            .With(Cases.Valid(15, new DateOnly(2025, 8, 15))).With(new StepEntry(16, new DateOnly(2025, 8, 20)));
        Check(c, new StepEntry(17, new DateOnly(2025, 11, 15))).ShouldBeEmpty();
        Check(c, new StepEntry(17, new DateOnly(2025, 11, 16))).Single().Severity.ShouldBe(Severity.Warn);
        Check(c, new StepEntry(17, new DateOnly(2026, 2, 15))).Single().Severity.ShouldBe(Severity.Warn);
        Check(c, new StepEntry(17, new DateOnly(2026, 2, 16))).Single().Severity.ShouldBe(Severity.Block);
    }

    [Fact]
    public void Probation_lasts_a_year_from_the_vote_and_an_extension_moves_the_conversion()
    {
        var vote = new DateOnly(2025, 7, 1);
        var c = Cases.AppliedOn(new DateOnly(2024, 1, 1)).Through(14, new DateOnly(2025, 6, 1)).With(Cases.Valid(15, vote)).Through(22, new DateOnly(2025, 9, 1));
        T.ProbationEnd(c.Facts).ShouldBe(new DateOnly(2026, 7, 1));
        Check(c, Cases.Valid(23, new DateOnly(2026, 6, 30))).Single().Message.ShouldContain("最早可于2026年7月1日讨论");
        Check(c, Cases.Valid(23, new DateOnly(2026, 7, 1))).ShouldBeEmpty();

        T.CheckExtension(c.Facts, 5).Single().Message.ShouldContain("不能少于6个月");
        T.CheckExtension(c.Facts, 13).ShouldNotBeEmpty();
        T.CheckExtension(c.Facts, 6).ShouldBeEmpty();
        c.Extended(6);
        T.CheckExtension(c.Facts, 6).Single().Message.ShouldContain("只能延长一次");
        T.ProbationEnd(c.Facts).ShouldBe(new DateOnly(2027, 1, 1));
        Check(c, Cases.Valid(23, new DateOnly(2026, 12, 31))).Single().Severity.ShouldBe(Severity.Block);
        Check(c, Cases.Valid(23, new DateOnly(2027, 1, 1))).ShouldBeEmpty();
    }

    [Fact]
    public void Conversion_approval_is_due_within_three_months()
    {
        var c = Cases.AppliedOn(new DateOnly(2024, 1, 1)).Through(14, new DateOnly(2025, 6, 1)).With(Cases.Valid(15, new DateOnly(2025, 7, 1)))
            .Through(22, new DateOnly(2025, 9, 1)).With(Cases.Valid(23, new DateOnly(2026, 7, 10)));
        T.Next(c.Facts)!.Deadline.ShouldBe(new DateOnly(2026, 10, 10));
        Check(c, new StepEntry(24, new DateOnly(2026, 10, 10))).ShouldBeEmpty();
        Check(c, new StepEntry(24, new DateOnly(2026, 10, 11))).Single().Severity.ShouldBe(Severity.Warn);
    }

    [Fact]
    public void Steps_go_in_order_not_backwards_and_not_in_the_future()
    {
        var c = Cases.AppliedOn(new DateOnly(2026, 1, 10));
        Check(c, new StepEntry(3, new DateOnly(2026, 2, 1))).Single().Message.ShouldContain("下一步是第2步");
        Check(c, new StepEntry(2, new DateOnly(2026, 1, 9))).Single().Message.ShouldContain("不能早于上一步");
        T.Check(c.Facts, new StepEntry(2, new DateOnly(2026, 2, 1)), new DateOnly(2026, 1, 31)).Single().Message.ShouldContain("不能晚于今天");
    }

    [Fact]
    public void The_version_in_force_on_the_application_date_governs()
    {
        DevelopmentRuleSets.For(new DateOnly(2026, 4, 30)).ShouldBe(DevelopmentRuleSets.Rules2014);
        DevelopmentRuleSets.For(new DateOnly(2026, 5, 1)).ShouldBe(DevelopmentRuleSets.Rules2026);
        DevelopmentRuleSets.Rules2014.Steps.Count.ShouldBe(25);
        DevelopmentRuleSets.Rules2014.Steps.Select(s => s.Number).ShouldBe(Enumerable.Range(1, 25));
        DevelopmentRuleSets.Rules2014.Steps.Select(s => s.Stage).Distinct().Count().ShouldBe(5);
    }
}
