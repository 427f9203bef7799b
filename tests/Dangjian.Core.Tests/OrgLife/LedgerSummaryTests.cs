using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.Meetings.Ledger;
using Dangjian.Core.OrgLife.Rules;
using Shouldly;
using static Dangjian.Core.Tests.OrgLife.Given;

namespace Dangjian.Core.Tests.OrgLife;

/// <summary>The 台账's summary by kind: the year's required count and unmet periods from the compliance engine beside the meetings held.</summary>
public sealed class LedgerSummaryTests
{
    [Fact]
    public void Each_kind_shows_the_years_requirement_what_was_held_and_the_ended_periods_not_met()
    {
        MeetingFacts[] facts =
        [
            Meeting(MeetingKind.ThemeDay, D(2025, 1, 15)), Meeting(MeetingKind.ThemeDay, D(2025, 2, 14)),
            Meeting(MeetingKind.GroupMeeting, D(2025, 3, 3)),
            Meeting(MeetingKind.OrgLifeMeeting, D(2025, 12, 20), appraisal: true),
        ];
        var compliance = ComplianceEngine.Evaluate([RuleSets.Default], [Branch], facts, D(2025, 1, 1), D(2025, 12, 31), D(2026, 1, 10)).Single();

        var lines = LedgerSummary.Of(RuleSets.Default, compliance, facts.Select(Entry).ToList()).ToDictionary(l => l.Kind);

        lines[MeetingKind.ThemeDay].ShouldBe(new LedgerKindLine(MeetingKind.ThemeDay, "每月1次", 12, 2, 10));
        lines[MeetingKind.BranchCommittee].ShouldBe(new LedgerKindLine(MeetingKind.BranchCommittee, "每月1次", 12, 0, 12));
        lines[MeetingKind.MemberAssembly].ShouldBe(new LedgerKindLine(MeetingKind.MemberAssembly, "每季度1次", 4, 0, 4));
        lines[MeetingKind.GroupMeeting].ShouldBe(new LedgerKindLine(MeetingKind.GroupMeeting, "按需开展", null, 1, null));
        lines[MeetingKind.OrgLifeMeeting].ShouldBe(new LedgerKindLine(MeetingKind.OrgLifeMeeting, "每年1次", 1, 1, 0));
        lines[MeetingKind.DemocraticAppraisal].ShouldBe(new LedgerKindLine(MeetingKind.DemocraticAppraisal, "每年1次", 1, 1, 0));
        lines.Keys.ShouldNotContain(MeetingKind.TownshipCommitteeMeeting, "a township's rule does not apply to a branch");
    }

    [Fact]
    public void A_kind_held_without_a_rule_for_the_organization_is_listed_as_not_required()
    {
        var small = Branch with { FullMembers = 5 };
        var committee = Meeting(MeetingKind.BranchCommittee, D(2025, 5, 6));
        var compliance = ComplianceEngine.Evaluate([RuleSets.Default], [small], [committee], D(2025, 1, 1), D(2025, 12, 31), D(2025, 6, 1)).Single();

        var line = LedgerSummary.Of(RuleSets.Default, compliance, [Entry(committee)]).Single(l => l.Kind == MeetingKind.BranchCommittee);

        line.ShouldBe(new LedgerKindLine(MeetingKind.BranchCommittee, "不作要求", null, 1, null));
    }

    private static LedgerEntry Entry(MeetingFacts m) => new(
        m.HeldOn, m.Kind, m.IncludesDemocraticAppraisal, "主题", null, null, null, 10, 9, 1, 0, [], null, m.EnteredAtUtc, null, false);
}
