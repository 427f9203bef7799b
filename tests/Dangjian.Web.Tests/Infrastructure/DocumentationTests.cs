using System.Diagnostics;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>The README stays a front door (under 150 lines) and every relative link in it and in docs/ resolves.</summary>
public sealed class DocumentationTests
{
    [Fact]
    public async Task The_readme_is_short_and_every_documentation_link_resolves()
    {
        var root = ArchitectureTests.RepositoryRoot();
        (await File.ReadAllLinesAsync(Path.Combine(root, "README.md"))).Length.ShouldBeLessThan(150);

        using var check = Process.Start(new ProcessStartInfo("bash", Path.Combine(root, "scripts", "check-doc-links.sh"))
        {
            RedirectStandardOutput = true,
        })!;
        var output = await check.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await check.WaitForExitAsync(TestContext.Current.CancellationToken);
        check.ExitCode.ShouldBe(0, output);
    }
}
