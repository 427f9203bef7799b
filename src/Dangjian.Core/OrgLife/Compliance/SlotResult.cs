using Dangjian.Core.OrgLife.Rules;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Compliance;

public enum SlotStatus
{
    /// <summary>Enough meetings, entered on time (and with quorum where the rule has one).</summary>
    Held,

    /// <summary>Enough meetings, but at least one of those needed was entered late (补录).</summary>
    HeldLate,

    /// <summary>Enough meetings were held, but too few with more than the quorum present.</summary>
    QuorumNotMet,
    Missing,

    /// <summary>A required rule's slot that has not ended yet (it ends today or later) and is not yet satisfied.</summary>
    NotDue,

    /// <summary>An optional rule's slot without enough meetings, whether or not it has ended.</summary>
    NotRequired,
}

/// <summary>One required period of one rule for one organization, with the meetings behind the verdict.</summary>
public sealed record SlotResult(
    int OrganizationId, MeetingKind Kind, RulePeriod Period, DateOnly Start, DateOnly End,
    int Required, int Counted, SlotStatus Status, string RuleSetName, IReadOnlyList<int> MeetingIds);

/// <summary>
/// Every slot of one organization; its participation over the meetings held in the requested range, and how many of
/// those were entered on its behalf (代录).
/// </summary>
public sealed record OrgCompliance(OrgFacts Organization, IReadOnlyList<SlotResult> Slots, AttendanceCounts Participation, int EnteredByProxy)
{
    public int Count(SlotStatus status) => Slots.Count(s => s.Status == status);
}
