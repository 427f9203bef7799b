using System.Text.Json;
using System.Text.Json.Serialization;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Rules;

/// <summary>The default rule set, JSON (de)serialization, county overrides and choosing the version in force.</summary>
public static class RuleSets
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>《中国共产党支部工作条例（试行）》2018, as summarized in docs/design/domain.md §4.</summary>
    public static readonly OrgLifeRuleSet Default = new()
    {
        Name = "2018《中国共产党支部工作条例（试行）》",
        EffectiveFrom = new DateOnly(2018, 10, 28),
        LateAfterDays = 7,
        Rules =
        [
            new() { Kind = MeetingKind.MemberAssembly, Period = RulePeriod.Quarter },
            new()
            {
                Kind = MeetingKind.BranchCommittee, Period = RulePeriod.Month, QuorumMoreThan = 0.5,
                AppliesTo = RuleScope.Branches with { MinFullMembers = 7 },
            },
            new() { Kind = MeetingKind.GroupMeeting, Period = RulePeriod.Month, Optional = true },
            new() { Kind = MeetingKind.PartyLecture, Period = RulePeriod.Year },
            new() { Kind = MeetingKind.ThemeDay, Period = RulePeriod.Month },
            new() { Kind = MeetingKind.OrgLifeMeeting, Period = RulePeriod.Year },
            new() { Kind = MeetingKind.DemocraticAppraisal, Period = RulePeriod.Year },
            new() { Kind = MeetingKind.TownshipCommitteeMeeting, Period = RulePeriod.Month, Optional = true, AppliesTo = RuleScope.Townships },
            new() { Kind = MeetingKind.PartyBuildingSession, Period = RulePeriod.Quarter, Optional = true, AppliesTo = RuleScope.Townships },
            new() { Kind = MeetingKind.CentralGroupStudy, Period = RulePeriod.Month, Optional = true, AppliesTo = RuleScope.Townships },
        ],
    };

    public static string ToJson(OrgLifeRuleSet set) => JsonSerializer.Serialize(set, Json);

    public static OrgLifeRuleSet FromJson(string json) =>
        JsonSerializer.Deserialize<OrgLifeRuleSet>(json, Json) ?? throw new JsonException("空的规则集 (empty rule set)");

    /// <summary>A new version: <paramref name="baseSet"/> with a county's changes (see <see cref="RuleSetOverride"/>).</summary>
    public static OrgLifeRuleSet Override(OrgLifeRuleSet baseSet, string overrideJson)
    {
        var change = JsonSerializer.Deserialize<RuleSetOverride>(overrideJson, Json) ?? throw new JsonException("空的覆盖规则 (empty override)");
        var rules = baseSet.Rules.ToList();
        foreach (var r in change.Rules)
        {
            if (r.Remove)
            {
                rules.RemoveAll(x => x.Kind == r.Kind);
            }
            else if (rules.Exists(x => x.Kind == r.Kind))
            {
                rules = rules.Select(x => x.Kind == r.Kind ? r.ApplyTo(x) : x).ToList();
            }
            else
            {
                rules.Add(r.ApplyTo(new MeetingRule { Kind = r.Kind, Period = RulePeriod.Year }));
            }
        }

        return baseSet with
        {
            Name = change.Name,
            EffectiveFrom = change.EffectiveFrom,
            LateAfterDays = change.LateAfterDays ?? baseSet.LateAfterDays,
            Rules = rules,
        };
    }

    /// <summary>The version whose EffectiveFrom is the latest on or before <paramref name="date"/>; the oldest if none is.</summary>
    public static OrgLifeRuleSet InForce(IEnumerable<OrgLifeRuleSet> versions, DateOnly date)
    {
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ToList();
        return ordered.LastOrDefault(v => v.EffectiveFrom <= date) ?? ordered.First();
    }
}
