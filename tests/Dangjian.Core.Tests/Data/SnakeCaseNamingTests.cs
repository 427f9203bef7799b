using Dangjian.Core.Data;
using Shouldly;

namespace Dangjian.Core.Tests.Data;

public class SnakeCaseNamingTests
{
    [Theory]
    [InlineData("OrganizationId", "organization_id")]
    [InlineData("AspNetUsers", "asp_net_users")]
    [InlineData("IX_Organizations_Path", "ix_organizations_path")]
    [InlineData("MovedAtUtc", "moved_at_utc")]
    [InlineData("Id", "id")]
    [InlineData("Level2Name", "level2_name")]
    public void Names_become_snake_case(string name, string expected) => SnakeCaseNaming.ToSnake(name).ShouldBe(expected);
}
