using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.OrgLife.Rules;
using Shouldly;
using static Dangjian.Core.Tests.OrgLife.Given;

namespace Dangjian.Core.Tests.OrgLife;

public class RuleSetTests
{
    private const string QuarterlyLectures = """
        {
          "name": "云溪县2025年组织生活补充规定",
          "effectiveFrom": "2025-01-01",
          "lateAfterDays": 10,
          "rules": [
            { "kind": "PartyLecture", "period": "Quarter" },
            { "kind": "GroupMeeting", "remove": true },
            { "kind": "CentralGroupStudy", "period": "Month", "optional": false, "appliesTo": { "levels": ["TownshipCommittee"] } }
          ]
        }
        """;

    private static readonly OrgLifeRuleSet County = RuleSets.Override(RuleSets.Default, QuarterlyLectures);

    [Fact]
    public void The_default_rule_set_survives_a_json_round_trip()
    {
        var copy = RuleSets.FromJson(RuleSets.ToJson(RuleSets.Default));
        copy.Name.ShouldBe(RuleSets.Default.Name);
        copy.EffectiveFrom.ShouldBe(RuleSets.Default.EffectiveFrom);
        copy.Rules.Count.ShouldBe(RuleSets.Default.Rules.Count);
        RuleSets.ToJson(copy).ShouldBe(RuleSets.ToJson(RuleSets.Default));
    }

    [Fact]
    public void A_county_override_changes_only_what_it_names()
    {
        County.Name.ShouldBe("云溪县2025年组织生活补充规定");
        County.LateAfterDays.ShouldBe(10);
        County.Rules.Single(r => r.Kind == MeetingKind.PartyLecture).Period.ShouldBe(RulePeriod.Quarter);
        County.Rules.ShouldNotContain(r => r.Kind == MeetingKind.GroupMeeting);
        var study = County.Rules.Single(r => r.Kind == MeetingKind.CentralGroupStudy);
        (study.Optional, study.Period).ShouldBe((false, RulePeriod.Month));
        County.Rules.Single(r => r.Kind == MeetingKind.BranchCommittee).ShouldBe(RuleSets.Default.Rules.Single(r => r.Kind == MeetingKind.BranchCommittee));
    }

    [Fact]
    public void A_county_can_require_a_lecture_every_quarter()
    {
        var slots = Slots([County], Branch, MeetingKind.PartyLecture, D(2026, 1, 1), D(2026, 12, 31), D(2030, 1, 1),
            Meeting(MeetingKind.PartyLecture, D(2026, 2, 1)), Meeting(MeetingKind.PartyLecture, D(2026, 11, 1)));
        slots.Select(s => s.Status).ShouldBe([SlotStatus.Held, SlotStatus.Missing, SlotStatus.Missing, SlotStatus.Held]);
    }

    [Fact]
    public void A_new_kind_added_by_override_is_required()
    {
        var empty = RuleSets.Default with { Rules = [] };
        var added = RuleSets.Override(empty, """{ "name": "x", "effectiveFrom": "2025-01-01", "rules": [ { "kind": "PartyBuildingSession", "minCount": 2, "appliesTo": {} } ] }""");
        var rule = added.Rules.ShouldHaveSingleItem();
        (rule.Kind, rule.MinCount, rule.Period).ShouldBe((MeetingKind.PartyBuildingSession, 2, RulePeriod.Year));
        var slots = Slots([added], Branch, MeetingKind.PartyBuildingSession, D(2026, 1, 1), D(2026, 12, 31), D(2030, 1, 1),
            Meeting(MeetingKind.PartyBuildingSession, D(2026, 2, 1)));
        slots.Single().Status.ShouldBe(SlotStatus.Missing);
    }

    [Fact]
    public void Each_slot_is_judged_by_the_version_in_force_when_it_began()
    {
        RuleSets.InForce([RuleSets.Default, County], D(2024, 12, 31)).ShouldBeSameAs(RuleSets.Default);
        RuleSets.InForce([County, RuleSets.Default], D(2025, 1, 1)).ShouldBeSameAs(County);
        RuleSets.InForce([County], D(2020, 1, 1)).ShouldBeSameAs(County);

        var slots = Slots([RuleSets.Default, County], Branch, MeetingKind.PartyLecture, D(2024, 1, 1), D(2025, 6, 30), D(2030, 1, 1),
            Meeting(MeetingKind.PartyLecture, D(2024, 5, 1)), Meeting(MeetingKind.PartyLecture, D(2025, 2, 1)));
        slots.Select(s => (s.Start, s.Period, s.Status, s.RuleSetName)).ShouldBe([
            (D(2024, 1, 1), RulePeriod.Year, SlotStatus.Held, RuleSets.Default.Name),
            (D(2025, 1, 1), RulePeriod.Quarter, SlotStatus.Held, County.Name),
            (D(2025, 4, 1), RulePeriod.Quarter, SlotStatus.Missing, County.Name),
        ]);
    }
}
