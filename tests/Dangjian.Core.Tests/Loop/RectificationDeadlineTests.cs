using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Shouldly;

namespace Dangjian.Core.Tests.Loop;

public sealed class RectificationDeadlineTests
{
    private static readonly DateOnly Raised = new(2026, 5, 10);

    [Fact]
    public void A_deadline_before_the_raised_date_or_the_finding_is_refused_in_Chinese()
    {
        RectificationWorkflow.DeadlineProblem(Raised, Raised.AddDays(-1))!.ShouldContain("不能早于交办日期（2026年5月10日）");
        RectificationWorkflow.DeadlineProblem(Raised, Raised.AddDays(3), foundOn: Raised.AddDays(5))!.ShouldContain("不能早于发现问题的日期");
        RectificationWorkflow.DeadlineProblem(Raised, new DateOnly(9999, 12, 31))!.ShouldContain("不能晚于");
        RectificationWorkflow.DeadlineProblem(Raised, Raised).ShouldBeNull();
        RectificationWorkflow.DeadlineProblem(Raised, Raised.AddMonths(1), foundOn: Raised.AddDays(-3)).ShouldBeNull();
    }

    [Fact]
    public void Raise_refuses_a_deadline_before_the_raised_date_whoever_calls_it()
    {
        var item = new RectificationItem { Problem = "台账不全", RaisedOn = Raised, Deadline = Raised.AddDays(-1) };

        Should.Throw<ArgumentException>(() => RectificationWorkflow.Raise(item, new RectificationActor(1, "党建办", new DateTime(2026, 5, 10, 2, 0, 0, DateTimeKind.Utc))));
        item.Changes.ShouldBeEmpty();
    }
}
