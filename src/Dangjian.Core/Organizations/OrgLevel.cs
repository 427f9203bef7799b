namespace Dangjian.Core.Organizations;

/// <summary>Place of an organization in the party hierarchy (docs/design/domain.md §2).</summary>
public enum OrgLevel
{
    CountyCommittee,
    TownshipCommittee,
    PartyCommittee,
    GeneralBranch,
    Branch,
}
