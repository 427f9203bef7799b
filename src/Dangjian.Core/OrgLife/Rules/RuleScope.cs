using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Rules;

/// <summary>Which organizations a rule binds. Empty lists mean "any".</summary>
public sealed record RuleScope
{
    public IReadOnlyList<OrgLevel> Levels { get; init; } = [];
    public IReadOnlyList<OrgSector> Sectors { get; init; } = [];

    /// <summary>E.g. 7 for a branch committee: a branch with fewer full members elects no committee (docs/design/domain.md §2).</summary>
    public int? MinFullMembers { get; init; }

    public bool Covers(OrgLevel level, OrgSector sector, int fullMembers) =>
        (Levels.Count == 0 || Levels.Contains(level))
        && (Sectors.Count == 0 || Sectors.Contains(sector))
        && (MinFullMembers is null || fullMembers >= MinFullMembers);

    public static readonly RuleScope Branches = new() { Levels = [OrgLevel.Branch, OrgLevel.GeneralBranch] };
    public static readonly RuleScope Townships = new() { Levels = [OrgLevel.TownshipCommittee] };
}
