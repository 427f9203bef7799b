using Dangjian.Core.Data;
using Shouldly;

namespace Dangjian.Web.Tests.Data.Replication;

/// <summary>Database:ReadOnlyConnectionString as configured: optional, PostgreSQL only, checked at start-up.</summary>
public sealed class ReadOnlySettingTests
{
    private const string Server = "Host=127.0.0.1;Port=5432;Username=app;Database=dangjian";

    [Fact]
    public void Absent_means_every_read_on_the_primary()
    {
        var setup = DatabaseSetup.Resolve(new DatabaseOptions { Provider = "PostgreSQL", ConnectionString = Server }, Path.GetTempPath());

        setup.ReadOnlyConnectionString.ShouldBeNull();
        new Core.Data.Replication.ReadOnlyDatabase(setup).IsConfigured.ShouldBeFalse();
    }

    [Fact]
    public void Is_kept_for_postgresql()
    {
        const string standby = "Host=10.0.0.2,10.0.0.1;Port=5432;Username=app;Database=dangjian;Target Session Attributes=prefer-standby";
        var setup = DatabaseSetup.Resolve(new DatabaseOptions { Provider = "PostgreSQL", ConnectionString = Server, ReadOnlyConnectionString = standby }, Path.GetTempPath());

        setup.ReadOnlyConnectionString.ShouldBe(standby);
        setup.ConnectionString.ShouldBe(Server);
    }

    [Fact]
    public void Is_refused_with_sqlite_naming_the_setting()
    {
        var problem = Should.Throw<ConfigurationProblem>(() => DatabaseSetup.Resolve(
            new DatabaseOptions { Provider = "Sqlite", ReadOnlyConnectionString = Server }, Path.GetTempPath()));

        problem.Message.ShouldContain("Database:ReadOnlyConnectionString");
        problem.Message.ShouldContain("PostgreSQL");
    }

    [Fact]
    public void A_malformed_one_is_refused()
    {
        var problem = Should.Throw<ConfigurationProblem>(() => DatabaseSetup.Resolve(
            new DatabaseOptions { Provider = "PostgreSQL", ConnectionString = Server, ReadOnlyConnectionString = "Host=a;Bogus Key=1" }, Path.GetTempPath()));

        problem.Message.ShouldContain("Database:ReadOnlyConnectionString 格式错误");
    }
}
