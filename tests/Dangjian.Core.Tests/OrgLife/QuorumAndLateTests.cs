using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.OrgLife.Rules;
using Shouldly;
using static Dangjian.Core.Tests.OrgLife.Given;

namespace Dangjian.Core.Tests.OrgLife;

public class QuorumAndLateTests
{
    private static readonly DateOnly Later = D(2030, 1, 1);

    private static SlotStatus Committee(params MeetingFacts[] meetings) =>
        Slots(MeetingKind.BranchCommittee, D(2026, 3, 1), D(2026, 3, 31), Later, meetings).Single().Status;

    [Theory]
    [InlineData(5, 3, SlotStatus.Held)]
    [InlineData(5, 2, SlotStatus.QuorumNotMet)]
    [InlineData(4, 2, SlotStatus.QuorumNotMet)]
    [InlineData(4, 3, SlotStatus.Held)]
    [InlineData(0, 0, SlotStatus.QuorumNotMet)]
    public void A_branch_committee_needs_more_than_half_present(int due, int present, SlotStatus expected) =>
        Committee(Meeting(MeetingKind.BranchCommittee, D(2026, 3, 5), due: due, present: present)).ShouldBe(expected);

    [Fact]
    public void A_second_meeting_with_quorum_in_the_month_makes_up_for_one_without() =>
        Committee(Meeting(MeetingKind.BranchCommittee, D(2026, 3, 5), due: 5, present: 2),
            Meeting(MeetingKind.BranchCommittee, D(2026, 3, 20), due: 5, present: 4)).ShouldBe(SlotStatus.Held);

    [Fact]
    public void Other_kinds_have_no_quorum() =>
        Slots(MeetingKind.ThemeDay, D(2026, 3, 1), D(2026, 3, 31), Later, Meeting(MeetingKind.ThemeDay, D(2026, 3, 5), due: 10, present: 1))
            .Single().Status.ShouldBe(SlotStatus.Held);

    [Fact]
    public void Branches_below_seven_full_members_have_no_committee_rule()
    {
        var small = new OrgFacts(1, OrgLevel.Branch, OrgSector.Village, FullMembers: 6);
        Slots([RuleSets.Default], small, MeetingKind.BranchCommittee, D(2026, 1, 1), D(2026, 12, 31), Later).ShouldBeEmpty();
        Slots([RuleSets.Default], small, MeetingKind.MemberAssembly, D(2026, 1, 1), D(2026, 12, 31), Later).Count.ShouldBe(4);
    }

    [Fact]
    public void Township_committees_get_township_rules_not_branch_rules()
    {
        var township = new OrgFacts(1, OrgLevel.TownshipCommittee, OrgSector.Regional, 0);
        var kinds = ComplianceEngine.Evaluate([RuleSets.Default], [township], [], D(2026, 1, 1), D(2026, 12, 31), Later)
            .Single().Slots.Select(s => s.Kind).Distinct();
        kinds.ShouldBe([MeetingKind.TownshipCommitteeMeeting, MeetingKind.PartyBuildingSession, MeetingKind.CentralGroupStudy], ignoreOrder: true);
    }

    [Theory]
    [InlineData(7, SlotStatus.Held)]
    [InlineData(8, SlotStatus.HeldLate)]
    public void A_meeting_entered_more_than_seven_days_after_is_late(int daysLater, SlotStatus expected) =>
        Slots(MeetingKind.ThemeDay, D(2026, 3, 1), D(2026, 3, 31), Later, Meeting(MeetingKind.ThemeDay, D(2026, 3, 5), enteredDaysLater: daysLater))
            .Single().Status.ShouldBe(expected);

    [Fact]
    public void Entry_dates_are_counted_in_China_time()
    {
        // held Mar 5; entered Mar 12 17:00 UTC = Mar 13 01:00 in Beijing: eight days later
        var m = Meeting(MeetingKind.ThemeDay, D(2026, 3, 5)) with { EnteredAtUtc = new DateTime(2026, 3, 12, 17, 0, 0, DateTimeKind.Utc) };
        m.EnteredLate(7).ShouldBeTrue();
        (m with { EnteredAtUtc = new DateTime(2026, 3, 12, 15, 0, 0, DateTimeKind.Utc) }).EnteredLate(7).ShouldBeFalse();
    }

    [Fact]
    public void An_org_life_meeting_with_democratic_appraisal_counts_for_both_rules()
    {
        var combined = Meeting(MeetingKind.OrgLifeMeeting, D(2026, 12, 20), appraisal: true);
        Slots(MeetingKind.DemocraticAppraisal, D(2026, 1, 1), D(2026, 12, 31), Later, combined).Single().Status.ShouldBe(SlotStatus.Held);
        Slots(MeetingKind.OrgLifeMeeting, D(2026, 1, 1), D(2026, 12, 31), Later, combined).Single().Status.ShouldBe(SlotStatus.Held);
        var plain = Meeting(MeetingKind.OrgLifeMeeting, D(2026, 12, 20));
        Slots(MeetingKind.DemocraticAppraisal, D(2026, 1, 1), D(2026, 12, 31), Later, plain).Single().Status.ShouldBe(SlotStatus.Missing);
    }
}
