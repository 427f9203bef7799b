using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Rules;

/// <summary>One version of the meeting rules, in force from <see cref="EffectiveFrom"/> until the next version.</summary>
public sealed record OrgLifeRuleSet
{
    public required string Name { get; init; }
    public DateOnly EffectiveFrom { get; init; }

    /// <summary>A meeting entered more than this many days after it was held counts as entered late (补录).</summary>
    public int LateAfterDays { get; init; } = 7;

    public IReadOnlyList<MeetingRule> Rules { get; init; } = [];

    public int LateAfterDaysFor(MeetingRule rule) => rule.LateAfterDays ?? LateAfterDays;
}
