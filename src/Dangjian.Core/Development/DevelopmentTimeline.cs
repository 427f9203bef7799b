using Dangjian.Core.Data;

namespace Dangjian.Core.Development;

/// <summary>
/// The timing rules of one rule-set version: minimum intervals block a step, deadlines only warn
/// (docs/design/domain.md §6). Messages cite the article and give the earliest permitted date.
/// </summary>
public sealed partial class DevelopmentTimeline(DevelopmentRuleSet rules, WorkingCalendar calendar)
{
    public DevelopmentRuleSet Rules => rules;

    /// <summary>The timeline of a case: the rules in force on its application date over the county's calendar.</summary>
    public static async Task<DevelopmentTimeline> LoadAsync(AppDbContext db, DevelopmentCase c, CancellationToken ct = default) =>
        new(c.Rules(), await WorkingCalendar.LoadAsync(db, ct));

    private string Cite(TimingRule rule) => $"根据《发展党员工作细则》{rules.Articles[rule]}，";

    private static string F(DateOnly day) => WorkingCalendar.Format(day);

    /// <summary>The next step to record, or null once the case is complete or closed.</summary>
    public NextDue? Next(CaseFacts facts)
    {
        if (facts.Closed || facts.LastStep >= StepNumbers.Last)
        {
            return null;
        }

        var step = rules.Step(facts.LastStep + 1);
        var (earliest, deadline, reason) = step.Number switch
        {
            StepNumbers.Talk => (null, facts.Last(1)!.On.AddMonths(rules.TalkWithinMonths), $"收到申请书后{rules.TalkWithinMonths}个月内谈话"),
            StepNumbers.Review or StepNumbers.TargetChosen => ReviewOrTarget(facts, step.Number),
            StepNumbers.PreApproval => (facts.Last(StepNumbers.CommitteeReviewAndNotice)?.NoticeTo?.AddDays(1), null, null),
            StepNumbers.Approval => (null, Vote(facts).AddMonths(rules.ApprovalWithinMonths), $"支部大会通过后{rules.ApprovalWithinMonths}个月内审批"),
            StepNumbers.ConversionApplication or StepNumbers.ConversionVote => (ProbationEnd(facts), null, null),
            StepNumbers.ConversionApproval => (null, facts.Last(StepNumbers.ConversionVote)!.On.AddMonths(rules.ConversionApprovalWithinMonths),
                $"支部大会讨论转正后{rules.ConversionApprovalWithinMonths}个月内审批"),
            _ => ((DateOnly?)null, (DateOnly?)null, (string?)null),
        };
        return new NextDue(step, earliest, deadline, reason);
    }

    private (DateOnly?, DateOnly?, string?) ReviewOrTarget(CaseFacts facts, int step)
    {
        var activist = facts.Last(StepNumbers.ActivistChosen)!.On;
        var lastReview = facts.Last(StepNumbers.Review)?.On ?? activist;
        var reviewDue = lastReview.AddMonths(rules.ReviewEveryMonths);
        return step == StepNumbers.Review
            ? (null, reviewDue, $"每{rules.ReviewEveryMonths}个月考察一次")
            : (activist.AddYears(rules.ActivistMinimumYears), reviewDue, $"列为发展对象前每{rules.ReviewEveryMonths}个月考察一次");
    }

    /// <summary>The day the probation ends: one year from the admission vote, plus an extension.</summary>
    public DateOnly ProbationEnd(CaseFacts facts) =>
        Vote(facts).AddYears(rules.ProbationYears).AddMonths(facts.ExtensionMonths ?? 0);

    private static DateOnly Vote(CaseFacts facts) => facts.Last(StepNumbers.AdmissionVote)!.On;

    /// <summary>The minimum number of half-yearly reviews before an activist may become a development target.</summary>
    public int ReviewsRequired => rules.ActivistMinimumYears * 12 / rules.ReviewEveryMonths;
}
