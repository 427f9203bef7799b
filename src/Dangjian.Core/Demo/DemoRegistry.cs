using Dangjian.Core.Organizations;
using Dangjian.Core.Members;

namespace Dangjian.Core.Demo;

/// <summary>
/// Fills a demo member's registry fields: ethnicity, occupation and a fictional resident ID (region 99xxxx, see
/// <see cref="FictionalResidentId"/>). Uses its own Random so the rest of the demo data does not shift.
/// Without <see cref="MemberSecrets"/> no resident ID is stored (it could not be encrypted).
/// </summary>
public sealed class DemoRegistry(Random random, MemberSecrets? secrets)
{
    private static readonly string[] Minorities = ["壮族", "回族", "满族", "苗族", "土家族", "彝族", "蒙古族", "藏族", "侗族", "瑶族"];
    private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);

    public void Fill(Member member, OrgSector sector, int age)
    {
        member.Ethnicity = random.Next(100) < 92 ? "汉族" : Minorities[random.Next(Minorities.Length)];
        member.Occupation = OccupationFor(sector, age);
        var region = $"9901{random.Next(1, 100):D2}";
        var sequence = random.Next(FictionalResidentId.MaxSequence + 1);
        var id = FictionalResidentId.Create(region, member.BirthDate, member.Sex, sequence);
        while (!usedIds.Add(id))
        {
            sequence = (sequence + 1) % (FictionalResidentId.MaxSequence + 1);
            id = FictionalResidentId.Create(region, member.BirthDate, member.Sex, sequence);
        }

        secrets?.SetResidentId(member, id);
    }

    private string OccupationFor(OrgSector sector, int age)
    {
        if (age >= 62 && random.Next(100) < 80)
        {
            return sector is OrgSector.Village or OrgSector.ElderlyAssociation ? "农民" : "离退休人员";
        }

        string[] pool = sector switch
        {
            OrgSector.Village or OrgSector.ElderlyAssociation => ["农民", "农民", "农民", "外出务工人员", "个体工商户", "村干部"],
            OrgSector.Community => ["社区工作者", "企业职工", "个体工商户", "自由职业者", "企业职工"],
            OrgSector.Agency => ["公务员", "公务员", "机关工作人员"],
            OrgSector.PublicInstitution => ["教师", "医务人员", "事业单位工作人员", "专业技术人员"],
            OrgSector.NonPublicEnterprise or OrgSector.IndustryChain => ["企业职工", "企业职工", "企业管理人员", "专业技术人员"],
            _ => ["企业职工", "社会组织工作人员", "自由职业者"],
        };
        return pool[random.Next(pool.Length)];
    }
}
