using Dangjian.Core.Organizations;

namespace Dangjian.Core.Demo;

/// <summary>
/// Plans the generator's counties (<see cref="DemoScaleShape"/>): in each county the first township is detailed (it gets
/// the records the demo's 青石镇 has), every township gets villages, communities, an agency, enterprises and an
/// elderly association branch. Deterministic for a seed; the demo's own plan (<see cref="DemoCounty"/>) is untouched.
/// </summary>
public sealed class DemoScalePlanner(int seed)
{
    private readonly Random random = new(seed);
    private ChineseNames Names => new(random);
    private DemoOrgs Orgs => new(random);

    public IReadOnlyList<OrgPlan> Plan(DemoScaleShape shape) =>
        Enumerable.Range(0, shape.Counties).Select(i => County(shape, i)).ToList();

    private OrgPlan County(DemoScaleShape shape, int index)
    {
        var county = new OrgPlan(Orgs.Org($"生成第{index + 1}县委", OrgLevel.CountyCommittee, OrgSector.Regional, new DateOnly(1949, 10, 1)));
        var used = new HashSet<string>();
        for (var i = 0; i < shape.Townships; i++)
        {
            county.Children.Add(Township($"{Names.Place(used)}{(i % 3 == 0 ? "乡" : "镇")}党委", detailed: i == 0, shape.Villages));
        }

        return county;
    }

    private OrgPlan Township(string name, bool detailed, int villages)
    {
        var township = new OrgPlan(Orgs.Org(name, OrgLevel.TownshipCommittee, OrgSector.Regional, new DateOnly(1984, 5, 1))) { IsDetailed = detailed };
        var used = new HashSet<string>();
        township.Children.Add(Orgs.Branch($"{name[..^2]}机关党支部", OrgSector.Agency, 25));
        // The detailed township's writers (cadres, development, the loop) expect the demo township's shape: ≥ 12 villages, 3 enterprises.
        for (var i = 0; i < (detailed ? Math.Max(villages, 12) : villages); i++)
        {
            var level = i < 2 ? OrgLevel.GeneralBranch : OrgLevel.Branch;
            var suffix = level == OrgLevel.GeneralBranch ? "村党总支" : "村党支部";
            township.Children.Add(Orgs.Branch($"{Names.Place(used)}{suffix}", OrgSector.Village, 30 + random.Next(-12, 13), level));
        }

        township.Children.Add(Orgs.Branch($"{Names.Place(used)}社区党支部", OrgSector.Community, 40 + random.Next(30)));
        township.Children.Add(Orgs.Branch($"{Names.Place(used)}社区党支部", OrgSector.Community, 40 + random.Next(30)));
        township.Children.Add(Orgs.Branch($"{Names.Place(used)}农业科技有限公司党支部", OrgSector.NonPublicEnterprise, 8 + random.Next(10)));
        township.Children.Add(Orgs.Branch($"{Names.Place(used)}建材有限公司党支部", OrgSector.NonPublicEnterprise, 8 + random.Next(10)));
        if (detailed)
        {
            township.Children.Add(Orgs.Branch($"{Names.Place(used)}物流有限公司党支部", OrgSector.NonPublicEnterprise, 8 + random.Next(10)));
        }

        township.Children.Add(Orgs.Branch($"{name[..^2]}老年协会党支部", OrgSector.ElderlyAssociation, 12));
        return township;
    }
}
