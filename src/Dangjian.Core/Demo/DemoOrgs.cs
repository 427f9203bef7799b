using Dangjian.Core.Organizations;

namespace Dangjian.Core.Demo;

/// <summary>
/// The planned organizations both planners build (the demo's <see cref="DemoCounty"/> and the generator's
/// <see cref="DemoScalePlanner"/>), drawing from the planner's own random source in a fixed order so a seed gives the same tree.
/// </summary>
internal sealed class DemoOrgs(Random random)
{
    private ChineseNames Names => new(random);

    public OrgPlan Branch(string name, OrgSector sector, int members, OrgLevel level = OrgLevel.Branch)
    {
        var org = Org(name, level, sector, new DateOnly(1950 + random.Next(70), 1 + random.Next(12), 1));
        var termStart = new DateOnly(sector is OrgSector.Village or OrgSector.Community ? 2021 : 2023, 3 + random.Next(6), 1 + random.Next(28));
        org.CommitteeTermStart = termStart;
        org.CommitteeTermEnd = CommitteeTermRule.DefaultEnd(sector, termStart);
        org.SecretaryName = Names.Person(random.Next(100) < 80);
        org.LiaisonLeaderName = sector == OrgSector.Village ? Names.Person(random.Next(100) < 70) : null;
        return new OrgPlan(org) { MemberCount = Math.Max(3, members) };
    }

    public Organization Org(string name, OrgLevel level, OrgSector sector, DateOnly founded) => new()
    {
        Name = name,
        Level = level,
        Sector = sector,
        FoundedOn = founded,
        SecretaryName = level is OrgLevel.CountyCommittee or OrgLevel.TownshipCommittee ? Names.Person(true) : null,
    };
}
