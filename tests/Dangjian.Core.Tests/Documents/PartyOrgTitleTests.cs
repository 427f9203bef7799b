using Dangjian.Core.Documents;
using Shouldly;

namespace Dangjian.Core.Tests.Documents;

public sealed class PartyOrgTitleTests
{
    [Theory]
    [InlineData("石桥村党支部", "中共石桥村支部委员会")]
    [InlineData("团结村党总支", "中共团结村总支部委员会")]
    [InlineData("青石镇党委", "中共青石镇委员会")]
    [InlineData("中共云溪县委员会", "中共云溪县委员会")]
    [InlineData("机关联合支部", "机关联合支部")]
    public void An_organization_signs_with_its_full_name(string name, string formal) => PartyOrgTitle.Of(name).ShouldBe(formal);
}
