using Dangjian.Core.Organizations;
using Dangjian.Core.Members;

namespace Dangjian.Core.Demo;

/// <summary>Generates a branch's fictional members with plausible ages, sexes, education and flags.</summary>
public sealed class DemoMembers(Random random, DateOnly today, DemoRegistry? registry = null)
{
    private readonly ChineseNames names = new(random);

    public IEnumerable<Member> For(Organization branch, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return One(branch);
        }
    }

    private Member One(Organization branch)
    {
        var male = random.Next(100) < (branch.Sector == OrgSector.Community ? 55 : 72);
        var age = branch.Sector switch
        {
            OrgSector.Village or OrgSector.ElderlyAssociation => 25 + (int)(random.NextDouble() * random.NextDouble() * 60) + random.Next(15),
            OrgSector.NonPublicEnterprise => 24 + random.Next(30),
            _ => 23 + random.Next(40),
        };
        age = Math.Min(age, 95);
        var birth = today.AddYears(-age).AddDays(-random.Next(365));
        var joinedAge = Math.Min(age - 1, 19 + random.Next(Math.Max(1, age - 19)));
        var joined = birth.AddYears(Math.Max(18, joinedAge)).AddDays(random.Next(300));
        if (joined > today)
        {
            joined = today.AddDays(-random.Next(30, 300));
        }

        var probationary = joined > today.AddYears(-1);
        var member = new Member
        {
            OrganizationId = branch.Id,
            Name = names.Person(male),
            Sex = male ? Sex.Male : Sex.Female,
            BirthDate = birth,
            JoinedOn = joined,
            Status = probationary ? MemberStatus.Probationary : MemberStatus.Full,
            ConvertedOn = probationary ? null : joined.AddYears(1),
            Education = EducationFor(age, branch.Sector),
            IsMobile = branch.Sector == OrgSector.Village && age < 50 && random.Next(100) < 18,
            NoSmartphone = age >= 70 && random.Next(100) < 65,
            InHardship = age >= 75 && random.Next(100) < 20,
        };
        registry?.Fill(member, branch.Sector, age);
        return member;
    }

    private Education EducationFor(int age, OrgSector sector)
    {
        var roll = random.Next(100) + (age > 60 ? -35 : age < 40 ? 25 : 0) + (sector == OrgSector.Agency ? 40 : 0);
        return roll switch
        {
            < 10 => Education.Primary,
            < 40 => Education.JuniorHigh,
            < 60 => Education.HighSchool,
            < 70 => Education.Vocational,
            < 85 => Education.College,
            < 120 => Education.Bachelor,
            _ => Education.Postgraduate,
        };
    }
}
