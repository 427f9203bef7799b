using Dangjian.Core.Organizations;
using Shouldly;

namespace Dangjian.Core.Tests.Organizations;

public class MoveRulesTests
{
    private static Organization Org(int id, string path, OrgLevel level, int? parent) =>
        new() { Id = id, Name = $"组织{id}", Path = path, Level = level, ParentId = parent, Depth = path.Count(c => c == '/') - 2 };

    private readonly Organization county = Org(1, "/1/", OrgLevel.CountyCommittee, null);
    private readonly Organization townA = Org(2, "/1/2/", OrgLevel.TownshipCommittee, 1);
    private readonly Organization townB = Org(3, "/1/3/", OrgLevel.TownshipCommittee, 1);
    private readonly Organization general = Org(4, "/1/2/4/", OrgLevel.GeneralBranch, 2);
    private readonly Organization branch = Org(5, "/1/2/4/5/", OrgLevel.Branch, 4);

    [Fact]
    public void A_branch_may_move_to_another_township() => OrganizationTree.CheckMove(general, townB).ShouldBeNull();

    [Fact]
    public void Nothing_moves_under_itself_or_its_descendants()
    {
        OrganizationTree.CheckMove(general, general).ShouldNotBeNull();
        OrganizationTree.CheckMove(townA, general).ShouldNotBeNull();
    }

    [Fact]
    public void The_root_does_not_move() => OrganizationTree.CheckMove(county, townB).ShouldNotBeNull();

    [Fact]
    public void Nothing_stands_under_a_branch() => OrganizationTree.CheckMove(Org(6, "/1/3/6/", OrgLevel.Branch, 3), branch).ShouldNotBeNull();

    [Fact]
    public void Same_parent_is_not_a_move() => OrganizationTree.CheckMove(general, townA).ShouldNotBeNull();

    [Fact]
    public void An_inactive_parent_is_refused()
    {
        townB.IsActive = false;
        OrganizationTree.CheckMove(general, townB).ShouldNotBeNull();
    }
}
