using Dangjian.Core.Organizations;
using Shouldly;

namespace Dangjian.Core.Tests.Organizations;

public class CommitteeTermRuleTests
{
    [Theory]
    [InlineData(OrgSector.Village, 5)]
    [InlineData(OrgSector.Community, 5)]
    [InlineData(OrgSector.NonPublicEnterprise, 3)]
    [InlineData(OrgSector.Agency, 3)]
    public void Villages_and_communities_serve_five_years_others_three(OrgSector sector, int years) =>
        CommitteeTermRule.YearsFor(sector).ShouldBe(years);

    [Fact]
    public void A_term_ends_the_day_before_its_anniversary() =>
        CommitteeTermRule.DefaultEnd(OrgSector.Village, new DateOnly(2021, 3, 1)).ShouldBe(new DateOnly(2026, 2, 28));
}
