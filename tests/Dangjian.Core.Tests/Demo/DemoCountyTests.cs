using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Shouldly;

namespace Dangjian.Core.Tests.Demo;

public class DemoCountyTests
{
    private static List<string> Names(DemoScale scale, int seed) =>
        DemoSeeder.Flatten(new DemoCounty(seed).Plan(scale)).Select(p => $"{p.Organization.Name}|{p.Organization.SecretaryName}|{p.MemberCount}").ToList();

    [Fact]
    public void The_same_seed_plans_the_same_county() => Names(DemoScale.Demo, 7).ShouldBe(Names(DemoScale.Demo, 7));

    [Fact]
    public void Another_seed_plans_another_county() => Names(DemoScale.Demo, 7).ShouldNotBe(Names(DemoScale.Demo, 8));

    [Theory]
    [InlineData(DemoScale.Township, 1, 1)]
    [InlineData(DemoScale.Demo, 1, 5)]
    [InlineData(DemoScale.County, 1, 15)]
    [InlineData(DemoScale.Province, 30, 450)]
    public void Scales_grow_from_township_to_province(DemoScale scale, int counties, int townships)
    {
        var plan = new DemoCounty(1).Plan(scale);
        plan.Count.ShouldBe(counties);
        DemoSeeder.Flatten(plan).Count(p => p.Organization.Level == OrgLevel.TownshipCommittee).ShouldBe(townships);
    }

    [Fact]
    public void Organization_names_are_unique_within_a_township()
    {
        foreach (var township in DemoSeeder.Flatten(new DemoCounty(3).Plan(DemoScale.County)).Where(p => p.Organization.Level == OrgLevel.TownshipCommittee))
        {
            township.Children.Select(c => c.Organization.Name).ShouldBeUnique();
        }
    }

    [Fact]
    public void Members_are_plausible()
    {
        var today = new DateOnly(2026, 11, 21);
        var branch = new Organization { Id = 9, Name = "测试村党支部", Sector = OrgSector.Village };
        var members = new DemoMembers(new Random(5), today).For(branch, 2000).ToList();
        members.ShouldAllBe(m => m.JoinedOn <= today && m.JoinedOn >= m.BirthDate.AddYears(18) && m.Name.Length >= 2);
        members.Where(m => m.Status == MemberStatus.Probationary).ShouldAllBe(m => m.JoinedOn > today.AddYears(-1) && m.ConvertedOn == null);
        members.Count(m => m.Sex == Sex.Female).ShouldBeInRange(400, 700);
        members.Where(m => m.NoSmartphone).ShouldAllBe(m => m.BirthDate <= today.AddYears(-70));
    }
}
