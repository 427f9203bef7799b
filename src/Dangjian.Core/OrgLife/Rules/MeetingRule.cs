using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Rules;

/// <summary>"Hold at least <see cref="MinCount"/> meetings of <see cref="Kind"/> every <see cref="Period"/>".</summary>
public sealed record MeetingRule
{
    public MeetingKind Kind { get; init; }
    public RulePeriod Period { get; init; }
    public int MinCount { get; init; } = 1;
    public RuleScope AppliesTo { get; init; } = RuleScope.Branches;

    /// <summary>Listed and counted, but an empty slot is <c>NotRequired</c>, not missing (e.g. 党小组会 where there are no groups).</summary>
    public bool Optional { get; init; }

    /// <summary>Present attendees must be strictly more than this fraction of those due (0.5 = "more than half"); null = no quorum.</summary>
    public double? QuorumMoreThan { get; init; }

    /// <summary>Overrides the rule set's <see cref="OrgLifeRuleSet.LateAfterDays"/> for this kind.</summary>
    public int? LateAfterDays { get; init; }
}
