using Dangjian.Core.Organizations;

namespace Dangjian.Core.Demo;

/// <summary>A planned organization before it is written: its children and how many members it gets.</summary>
public sealed class OrgPlan(Organization organization)
{
    public Organization Organization { get; } = organization;
    public List<OrgPlan> Children { get; } = [];
    public int MemberCount { get; init; }
    public bool IsDetailed { get; init; }
}

/// <summary>Plans the fictional county tree for a scale; deterministic for a seed.</summary>
public sealed class DemoCounty(int seed)
{
    public const string DetailedTownshipName = "青石镇党委";
    private readonly Random random = new(seed);
    private ChineseNames Names => new(random);
    private DemoOrgs Orgs => new(random);

    public IReadOnlyList<OrgPlan> Plan(DemoScale scale)
    {
        var counties = scale == DemoScale.Province ? 30 : 1;
        return Enumerable.Range(0, counties).Select(i => County(scale, i)).ToList();
    }

    private OrgPlan County(DemoScale scale, int index)
    {
        var name = index == 0 ? "云溪县委（演示）" : $"演示第{index + 1}县委";
        var county = new OrgPlan(Orgs.Org(name, OrgLevel.CountyCommittee, OrgSector.Regional, new DateOnly(1949, 10, 1)));
        county.Children.Add(Township(DetailedTownshipName, detailed: true, villages: 12));
        var lighter = scale switch { DemoScale.Township => 0, DemoScale.Demo => 4, _ => 14 };
        var used = new HashSet<string> { "青石" };
        for (var i = 0; i < lighter; i++)
        {
            var villages = scale == DemoScale.Demo ? 8 : 18;
            county.Children.Add(Township($"{Names.Place(used)}{(i % 3 == 0 ? "乡" : "镇")}党委", false, villages));
        }

        return county;
    }

    private OrgPlan Township(string name, bool detailed, int villages)
    {
        var township = new OrgPlan(Orgs.Org(name, OrgLevel.TownshipCommittee, OrgSector.Regional, new DateOnly(1984, 5, 1)))
        {
            IsDetailed = detailed,
        };
        var used = new HashSet<string>();
        var perVillage = detailed ? 45 : 25;
        township.Children.Add(Orgs.Branch($"{name[..^2]}机关党支部", OrgSector.Agency, 25));
        for (var i = 0; i < villages; i++)
        {
            var level = i < 2 ? OrgLevel.GeneralBranch : OrgLevel.Branch;
            var suffix = level == OrgLevel.GeneralBranch ? "村党总支" : "村党支部";
            township.Children.Add(Orgs.Branch($"{Names.Place(used)}{suffix}", OrgSector.Village, perVillage + random.Next(-15, 16), level));
        }

        for (var i = 0; i < (detailed ? 2 : 1); i++)
        {
            township.Children.Add(Orgs.Branch($"{Names.Place(used)}社区党支部", OrgSector.Community, 40 + random.Next(30)));
        }

        if (detailed)
        {
            township.Children.Add(Orgs.Branch($"{Names.Place(used)}农业科技有限公司党支部", OrgSector.NonPublicEnterprise, 8 + random.Next(10)));
            township.Children.Add(Orgs.Branch($"{Names.Place(used)}建材有限公司党支部", OrgSector.NonPublicEnterprise, 8 + random.Next(10)));
            township.Children.Add(Orgs.Branch($"{Names.Place(used)}物流有限公司党支部", OrgSector.NonPublicEnterprise, 8 + random.Next(10)));
            township.Children.Add(Orgs.Branch($"{name[..^2]}老年协会党支部", OrgSector.ElderlyAssociation, 12));
        }

        return township;
    }
}
