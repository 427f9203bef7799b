using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Organizations;

/// <summary>The demo county seeded at first start has the shape the README promises.</summary>
public sealed class DemoCountyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_detailed_township_has_villages_communities_enterprises_and_about_700_members()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var children = await db.Organizations.Where(o => o.ParentId == township.Id).ToListAsync();
        children.Count(o => o.Sector == OrgSector.Village).ShouldBe(12);
        children.Count(o => o.Sector == OrgSector.Community).ShouldBe(2);
        children.Count(o => o.Sector == OrgSector.NonPublicEnterprise).ShouldBe(3);
        var members = await db.Members.CountAsync(m => m.Organization!.Path.StartsWith(township.Path));
        members.ShouldBeInRange(600, 800);
        (await db.Organizations.CountAsync(o => o.Level == OrgLevel.TownshipCommittee)).ShouldBe(5);
    }

    [Fact]
    public async Task Every_branch_meets_the_three_full_members_rule_and_has_a_term()
    {
        await using var db = app.NewDbContext();
        var branches = await db.Organizations.Where(o => o.Level == OrgLevel.Branch || o.Level == OrgLevel.GeneralBranch)
            .Select(o => new { o.Id, o.CommitteeTermStart, o.CommitteeTermEnd, Full = db.Members.Count(m => m.OrganizationId == o.Id && m.Status == Core.Members.MemberStatus.Full) })
            .ToListAsync();
        branches.ShouldAllBe(b => b.Full >= 3 && b.CommitteeTermStart != null && b.CommitteeTermEnd > b.CommitteeTermStart);
    }
}
