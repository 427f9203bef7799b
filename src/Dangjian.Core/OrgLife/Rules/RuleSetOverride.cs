using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Rules;

/// <summary>
/// A county's change to a rule set, as JSON: only the fields given replace those of the base rules of the same kind;
/// a kind not in the base is added (period defaults to a year); <c>"remove": true</c> drops a kind.
/// </summary>
public sealed record RuleSetOverride
{
    public required string Name { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public int? LateAfterDays { get; init; }
    public IReadOnlyList<RuleChange> Rules { get; init; } = [];
}

public sealed record RuleChange
{
    public MeetingKind Kind { get; init; }
    public RulePeriod? Period { get; init; }
    public int? MinCount { get; init; }
    public bool? Optional { get; init; }
    public double? QuorumMoreThan { get; init; }
    public int? LateAfterDays { get; init; }
    public RuleScope? AppliesTo { get; init; }
    public bool Remove { get; init; }

    public MeetingRule ApplyTo(MeetingRule rule) => rule with
    {
        Period = Period ?? rule.Period,
        MinCount = MinCount ?? rule.MinCount,
        Optional = Optional ?? rule.Optional,
        QuorumMoreThan = QuorumMoreThan ?? rule.QuorumMoreThan,
        LateAfterDays = LateAfterDays ?? rule.LateAfterDays,
        AppliesTo = AppliesTo ?? rule.AppliesTo,
    };
}
