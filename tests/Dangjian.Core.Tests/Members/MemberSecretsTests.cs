using System.Security.Cryptography;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Security;
using Shouldly;

namespace Dangjian.Core.Tests.Members;

public class MemberSecretsTests
{
    private readonly MemberSecrets secrets = new(new AesGcmFieldCipher(RandomNumberGenerator.GetBytes(32)),
        new HmacBlindIndex(RandomNumberGenerator.GetBytes(32)));

    [Fact]
    public void Stores_cipher_index_and_mask_together()
    {
        var member = new Member { Name = "张三" };
        secrets.SetResidentId(member, "11010519491231002x");
        secrets.SetPhone(member, "13812345678");

        member.ResidentIdMasked.ShouldBe("110105********002X");
        member.ResidentIdIndex.ShouldBe(secrets.ResidentIdIndexOf("11010519491231002X"));
        secrets.RevealResidentId(member).ShouldBe("11010519491231002X");
        member.PhoneMasked.ShouldBe("138****5678");
        secrets.RevealPhone(member).ShouldBe("13812345678");

        secrets.SetResidentId(member, " ");
        member.ResidentIdCipher.ShouldBeNull();
        member.ResidentIdIndex.ShouldBeNull();
        member.ResidentIdMasked.ShouldBeNull();
    }

    [Fact]
    public void Demo_members_get_consistent_fictional_ids_deterministically()
    {
        var branch = new Organization { Name = "演示村党支部", Sector = OrgSector.Village };
        var today = new DateOnly(2026, 11, 21);
        List<Member> Generate() => new DemoMembers(new Random(7), today, new DemoRegistry(new Random(8), secrets)).For(branch, 300).ToList();
        var first = Generate();
        var second = Generate();

        first.Select(m => m.ResidentIdMasked).ShouldBe(second.Select(m => m.ResidentIdMasked));
        first.Select(m => m.ResidentIdIndex).Distinct().Count().ShouldBe(300);
        foreach (var m in first)
        {
            var id = secrets.RevealResidentId(m)!;
            id.ShouldStartWith("99");
            ResidentId.Check(id, today).ShouldBe(ResidentIdError.None);
            ResidentId.Inconsistency(id, m.BirthDate, m.Sex).ShouldBeNull();
            m.Ethnicity.ShouldNotBeNullOrEmpty();
            m.Occupation.ShouldNotBeNullOrEmpty();
        }
    }
}
