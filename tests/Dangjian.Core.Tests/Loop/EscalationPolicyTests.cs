using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Shouldly;

namespace Dangjian.Core.Tests.Loop;

public sealed class EscalationPolicyTests
{
    [Fact]
    public void Default_steps_give_dates_after_the_deadline()
    {
        EscalationPolicy.Default.Dates(new DateOnly(2026, 6, 30)).Select(e => (e.On, e.LevelsAboveRaiser)).ShouldBe([
            (new DateOnly(2026, 7, 1), 0), (new DateOnly(2026, 7, 7), 1), (new DateOnly(2026, 7, 30), 2),
        ]);
    }

    [Fact]
    public void An_overdue_item_reaches_the_raisers_parent_after_seven_days_and_a_closed_one_nothing()
    {
        var policy = new EscalationPolicy([new(0, 0, "到期"), new(10, 1, "上报")]);
        var item = new RectificationItem { Problem = "x", Deadline = new(2026, 3, 1), Status = RectificationStatus.Open };
        policy.Reached(item, new(2026, 2, 28)).ShouldBeNull();
        policy.Reached(item, new(2026, 3, 1))!.LevelsAboveRaiser.ShouldBe(0);
        policy.Reached(item, new(2026, 3, 11))!.LevelsAboveRaiser.ShouldBe(1);
        EscalationPolicy.Default.Reached(item, new(2026, 3, 8))!.LevelsAboveRaiser.ShouldBe(1);
        RectificationStates.Of(item, new(2026, 3, 2)).ShouldBe(RectificationState.Overdue);

        (item.Status, item.SubmittedOn, item.SignedOffOn) = (RectificationStatus.SignedOff, new(2026, 3, 1), new(2026, 3, 10));
        policy.Reached(item, new(2026, 3, 11)).ShouldBeNull();
        RectificationStates.Of(item, new(2026, 3, 11)).ShouldBe(RectificationState.SignedOff);
    }

    [Fact]
    public void An_item_submitted_by_its_deadline_and_awaiting_sign_off_does_not_escalate()
    {
        var item = new RectificationItem
        {
            Problem = "x", Deadline = new(2026, 3, 1), Status = RectificationStatus.Submitted, SubmittedOn = new(2026, 2, 27),
        };
        EscalationPolicy.Default.Reached(item, new(2026, 4, 15)).ShouldBeNull();
        RectificationStates.Of(item, new(2026, 4, 15)).ShouldBe(RectificationState.AwaitingSignOff);
    }

    [Fact]
    public void The_target_is_the_raisers_ancestor_by_path()
    {
        EscalationPolicy.Target("/1/5/", 0).ShouldBe(5);
        EscalationPolicy.Target("/1/5/", 1).ShouldBe(1);
        EscalationPolicy.Target("/1/5/", 2).ShouldBeNull();
    }
}
