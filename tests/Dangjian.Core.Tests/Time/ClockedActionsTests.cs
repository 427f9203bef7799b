using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.OrgLife.Rules;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace Dangjian.Core.Tests.Time;

/// <summary>
/// Dates of actions taken just before and just after midnight in Beijing (15:30 and 16:30 UTC): the date is the
/// Beijing date. Run with TZ=UTC and TZ=Asia/Shanghai by scripts/test.sh.
/// </summary>
[Trait("Clock", "Beijing")]
public sealed class ClockedActionsTests
{
    private const int Township = 5, Branch = 23;
    private static readonly DateTimeOffset June30At2330 = new(2026, 6, 30, 23, 30, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset July1At0030 = new(2026, 7, 1, 0, 30, 0, TimeSpan.FromHours(8));

    private static RectificationItem SubmittedItem(TimeProvider clock)
    {
        var item = RectificationWorkflow.Raise(new RectificationItem
        {
            OrganizationId = Branch, RaisedById = Township, Problem = "三会一课记录不全", RaisedOn = new(2026, 6, 1), Deadline = new(2026, 6, 30),
        }, new RectificationActor(Township, "党建办", clock.UtcNow()));
        RectificationWorkflow.Submit(item, new(Branch, "支部书记", clock.UtcNow()), "补齐记录", "会议记录本复印件").ShouldBeNull();
        return item;
    }

    [Fact]
    public void A_sign_off_at_00_30_Beijing_time_on_1_July_is_dated_1_July_and_is_late_for_a_30_June_deadline()
    {
        var clock = new FakeTimeProvider(July1At0030);
        var item = SubmittedItem(clock);

        RectificationWorkflow.SignOff(item, new(Township, "党建办", clock.UtcNow()), null).ShouldBeNull();

        item.SubmittedOn.ShouldBe(new DateOnly(2026, 7, 1));
        item.SignedOffOn.ShouldBe(new DateOnly(2026, 7, 1));
        item.ClosedOnTime.ShouldBeFalse();
        item.Changes.Last().ChangedAt.ShouldBe(new DateTime(2026, 6, 30, 16, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void A_sign_off_at_23_30_Beijing_time_on_30_June_is_on_time()
    {
        var clock = new FakeTimeProvider(June30At2330);
        var item = SubmittedItem(clock);

        RectificationWorkflow.SignOff(item, new(Township, "党建办", clock.UtcNow()), null).ShouldBeNull();

        item.SignedOffOn.ShouldBe(new DateOnly(2026, 6, 30));
        item.ClosedOnTime.ShouldBeTrue();
    }

    [Theory]
    [InlineData(false, SlotStatus.Held)]
    [InlineData(true, SlotStatus.HeldLate)]
    public void A_meeting_held_on_23_June_and_entered_around_midnight_of_30_June_is_补录_only_after_midnight(bool afterMidnight, SlotStatus expected)
    {
        var clock = new FakeTimeProvider(afterMidnight ? July1At0030 : June30At2330);
        var branch = new OrgFacts(1, OrgLevel.Branch, OrgSector.Village, FullMembers: 12);
        var meeting = new MeetingFacts(1, branch.Id, MeetingKind.ThemeDay, new DateOnly(2026, 6, 23), clock.UtcNow(), false, false,
            new AttendanceCounts(10, 9, 0, 0, 0, 0));

        RuleSets.Default.LateAfterDays.ShouldBe(7);
        var slots = ComplianceEngine.Evaluate([RuleSets.Default], [branch], [meeting], new(2026, 6, 1), new(2026, 6, 30), new(2030, 1, 1)).Single().Slots;

        slots.Single(s => s.Kind == MeetingKind.ThemeDay).Status.ShouldBe(expected);
    }
}
