using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Shouldly;
using static Dangjian.Core.Tests.OrgLife.Given;

namespace Dangjian.Core.Tests.OrgLife;

public class PeriodRuleTests
{
    private static readonly DateOnly Later = D(2030, 1, 1);

    [Fact]
    public void Monthly_theme_day_is_held_or_missing_per_month()
    {
        var slots = Slots(MeetingKind.ThemeDay, D(2026, 1, 1), D(2026, 4, 30), Later,
            Meeting(MeetingKind.ThemeDay, D(2026, 1, 15)), Meeting(MeetingKind.ThemeDay, D(2026, 3, 1)));
        slots.Select(s => s.Status).ShouldBe([SlotStatus.Held, SlotStatus.Missing, SlotStatus.Held, SlotStatus.Missing]);
        slots.Select(s => s.Start).ShouldBe([D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1), D(2026, 4, 1)]);
    }

    [Fact]
    public void A_meeting_on_the_last_day_of_a_quarter_counts_for_that_quarter_and_the_next_day_for_the_next()
    {
        var slots = Slots(MeetingKind.MemberAssembly, D(2026, 1, 1), D(2026, 6, 30), Later,
            Meeting(MeetingKind.MemberAssembly, D(2026, 3, 31)), Meeting(MeetingKind.MemberAssembly, D(2026, 4, 1)));
        slots.Select(s => (s.End, s.Status)).ShouldBe([(D(2026, 3, 31), SlotStatus.Held), (D(2026, 6, 30), SlotStatus.Held)]);

        var onlyApril = Slots(MeetingKind.MemberAssembly, D(2026, 1, 1), D(2026, 6, 30), Later, Meeting(MeetingKind.MemberAssembly, D(2026, 4, 1)));
        onlyApril.Select(s => s.Status).ShouldBe([SlotStatus.Missing, SlotStatus.Held]);
    }

    [Fact]
    public void December_31_counts_for_its_year_and_January_1_for_the_next()
    {
        var slots = Slots(MeetingKind.PartyLecture, D(2025, 1, 1), D(2026, 12, 31), Later,
            Meeting(MeetingKind.PartyLecture, D(2025, 12, 31)), Meeting(MeetingKind.PartyLecture, D(2027, 1, 1)));
        slots.Select(s => (s.Start.Year, s.Status)).ShouldBe([(2025, SlotStatus.Held), (2026, SlotStatus.Missing)]);
    }

    [Fact]
    public void A_leap_day_meeting_counts_for_February()
    {
        var slots = Slots(MeetingKind.ThemeDay, D(2028, 2, 1), D(2028, 3, 31), Later, Meeting(MeetingKind.ThemeDay, D(2028, 2, 29)));
        slots.Select(s => (s.End, s.Status)).ShouldBe([(D(2028, 2, 29), SlotStatus.Held), (D(2028, 3, 31), SlotStatus.Missing)]);
    }

    [Fact]
    public void Only_slots_ending_inside_the_range_are_judged_on_all_their_meetings()
    {
        // Feb 15 – Jun 15: Q1 ends inside (its January meeting counts), Q2 ends after the range and is left out
        var quarters = Slots(MeetingKind.MemberAssembly, D(2026, 2, 15), D(2026, 6, 15), Later, Meeting(MeetingKind.MemberAssembly, D(2026, 1, 10)));
        quarters.Select(s => (s.Start, s.Status)).ShouldBe([(D(2026, 1, 1), SlotStatus.Held)]);

        var months = Slots(MeetingKind.ThemeDay, D(2026, 2, 15), D(2026, 6, 15), Later);
        months.Select(s => s.Start.Month).ShouldBe([2, 3, 4, 5]);
    }

    [Fact]
    public void Slots_not_yet_ended_are_not_due_unless_already_satisfied()
    {
        var today = D(2026, 6, 15);
        var slots = Slots(MeetingKind.ThemeDay, D(2026, 5, 1), D(2026, 8, 31), today);
        slots.Select(s => s.Status).ShouldBe([SlotStatus.Missing, SlotStatus.NotDue, SlotStatus.NotDue, SlotStatus.NotDue]);

        var held = Slots(MeetingKind.ThemeDay, D(2026, 6, 1), D(2026, 6, 30), today, Meeting(MeetingKind.ThemeDay, D(2026, 6, 10)));
        held.Single().Status.ShouldBe(SlotStatus.Held);

        var lastDay = Slots(MeetingKind.ThemeDay, D(2026, 6, 1), D(2026, 6, 30), D(2026, 6, 30));
        lastDay.Single().Status.ShouldBe(SlotStatus.NotDue);
    }

    [Fact]
    public void Optional_kinds_are_listed_but_never_missing()
    {
        var slots = Slots(MeetingKind.GroupMeeting, D(2026, 1, 1), D(2026, 2, 28), Later, Meeting(MeetingKind.GroupMeeting, D(2026, 2, 3)));
        slots.Select(s => s.Status).ShouldBe([SlotStatus.NotRequired, SlotStatus.Held]);
        Slots(MeetingKind.GroupMeeting, D(2026, 3, 1), D(2026, 3, 31), D(2026, 3, 10)).Single().Status.ShouldBe(SlotStatus.NotRequired);
    }
}
