namespace Dangjian.Core.Organizations;

/// <summary>Chinese UI names of the organization enums.</summary>
public static class OrgLabels
{
    public static string Of(OrgLevel level) => level switch
    {
        OrgLevel.CountyCommittee => "县委",
        OrgLevel.TownshipCommittee => "乡镇党委",
        OrgLevel.PartyCommittee => "党委",
        OrgLevel.GeneralBranch => "党总支",
        OrgLevel.Branch => "党支部",
        _ => level.ToString(),
    };

    public static string Of(OrgSector sector) => sector switch
    {
        OrgSector.Regional => "地方",
        OrgSector.Village => "村",
        OrgSector.Community => "社区",
        OrgSector.Agency => "机关",
        OrgSector.PublicInstitution => "事业单位",
        OrgSector.NonPublicEnterprise => "非公企业",
        OrgSector.SocialOrganization => "社会组织",
        OrgSector.IndustryChain => "产业链",
        OrgSector.ElderlyAssociation => "老年协会",
        OrgSector.Other => "其他",
        _ => sector.ToString(),
    };
}
