using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.OrgLife.Rules;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings.Ledger;

/// <summary>The ledger's summary table: per kind, the requirement and verdicts of the compliance engine next to the meetings held.</summary>
public static class LedgerSummary
{
    public static IReadOnlyList<LedgerKindLine> Of(OrgLifeRuleSet rules, OrgCompliance? compliance, IReadOnlyCollection<LedgerEntry> entries)
    {
        var slots = (compliance?.Slots ?? []).ToLookup(s => s.Kind);
        var held = entries.SelectMany(Kinds).ToLookup(k => k);
        return slots.Select(g => g.Key).Union(held.Select(g => g.Key)).Order()
            .Select(kind => Line(kind, rules.Rules.FirstOrDefault(r => r.Kind == kind), slots[kind].ToList(), held[kind].Count()))
            .ToList();
    }

    private static LedgerKindLine Line(MeetingKind kind, MeetingRule? rule, List<SlotResult> slots, int held)
    {
        if (slots.Count == 0 || rule is null)
        {
            return new(kind, "不作要求", null, held, null);
        }

        if (rule.Optional)
        {
            return new(kind, "按需开展", null, held, null);
        }

        var unmet = slots.Count(s => s.Status is SlotStatus.Missing or SlotStatus.QuorumNotMet);
        return new(kind, $"{OrgLifeLabels.Of(slots[0].Period)}{slots[0].Required}次", slots.Sum(s => s.Required), held, unmet);
    }

    /// <summary>An 组织生活会 that included 民主评议党员 was held for both kinds (as the compliance engine counts it).</summary>
    private static IEnumerable<MeetingKind> Kinds(LedgerEntry e) =>
        e.IncludesDemocraticAppraisal && e.Kind != MeetingKind.DemocraticAppraisal ? [e.Kind, MeetingKind.DemocraticAppraisal] : [e.Kind];
}
