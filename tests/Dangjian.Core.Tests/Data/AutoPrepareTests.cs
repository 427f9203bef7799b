using Dangjian.Core.Data;
using Npgsql;
using Shouldly;

namespace Dangjian.Core.Tests.Data;

/// <summary>PostgreSQL statements are prepared automatically unless the operator's connection string says otherwise.</summary>
public sealed class AutoPrepareTests
{
    [Fact]
    public void A_connection_string_without_the_setting_gets_automatic_preparation()
    {
        var cs = DatabaseSetup.AutoPrepared("Host=db;Database=dangjian;Username=app");
        var built = new NpgsqlConnectionStringBuilder(cs);
        built.MaxAutoPrepare.ShouldBe(DatabaseSetup.AutoPrepareSlots);
        built.Host.ShouldBe("db");
        built.Database.ShouldBe("dangjian");
        built.Username.ShouldBe("app");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;max auto prepare=20", 20)]
    [InlineData("Host=db;MaxAutoPrepare=7", 7)]
    public void An_operators_own_setting_is_kept(string given, int expected)
    {
        var cs = DatabaseSetup.AutoPrepared(given);
        cs.ShouldBe(given);
        new NpgsqlConnectionStringBuilder(cs).MaxAutoPrepare.ShouldBe(expected);
    }
}
