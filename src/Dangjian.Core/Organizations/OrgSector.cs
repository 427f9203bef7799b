namespace Dangjian.Core.Organizations;

/// <summary>Where a primary organization sits: village, community, enterprise… (docs/design/domain.md §2).</summary>
public enum OrgSector
{
    Regional,
    Village,
    Community,
    Agency,
    PublicInstitution,
    NonPublicEnterprise,
    SocialOrganization,
    IndustryChain,
    ElderlyAssociation,
    Other,
}
