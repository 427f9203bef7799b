namespace Dangjian.Core.Organizations;

/// <summary>Length of a branch committee's term: villages and communities 5 years, others 3 (docs/design/domain.md §2).</summary>
public static class CommitteeTermRule
{
    public static int YearsFor(OrgSector sector) =>
        sector is OrgSector.Village or OrgSector.Community ? 5 : 3;

    public static DateOnly DefaultEnd(OrgSector sector, DateOnly start) =>
        start.AddYears(YearsFor(sector)).AddDays(-1);
}
