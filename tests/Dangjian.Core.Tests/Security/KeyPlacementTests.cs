using Dangjian.Core.Security;
using Microsoft.Extensions.Configuration;
using Shouldly;

namespace Dangjian.Core.Tests.Security;

public sealed class KeyPlacementTests
{
    private static readonly string Data = Path.Combine(Path.GetTempPath(), "dangjian-data");

    [Fact]
    public void Keys_go_to_the_configured_key_directory_else_the_data_directory()
    {
        var none = new ConfigurationBuilder().Build();
        KeyPlacement.Directory(none, Data, "/srv/app").ShouldBe(Data);
        var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [KeyPlacement.ConfigurationKey] = "/etc/dangjian/keys" }).Build();
        KeyPlacement.Directory(configured, Data, "/srv/app").ShouldBe(Path.GetFullPath("/etc/dangjian/keys"));
    }

    [Fact]
    public void Key_files_inside_the_data_directory_draw_a_Chinese_warning_outside_the_demo()
    {
        string[] sources = [Path.Combine(Data, "security-keys.json"), "configuration", Path.Combine(Data, "audit-checkpoint.pem")];
        var warning = KeyPlacement.Warning(sources, Data, demo: false)!;
        warning.ShouldContain("security-keys.json");
        warning.ShouldContain("audit-checkpoint.pem");
        warning.ShouldContain("Security:KeyDirectory");
        warning.ShouldNotContain("\n");
        KeyPlacement.Warning(sources, Data, demo: true).ShouldBeNull();
        KeyPlacement.Warning(["configuration", "/etc/dangjian/keys/audit.key"], Data, demo: false).ShouldBeNull();
        KeyPlacement.Warning([Path.Combine(Data + "-other", "audit.key")], Data, demo: false).ShouldBeNull();
    }
}
