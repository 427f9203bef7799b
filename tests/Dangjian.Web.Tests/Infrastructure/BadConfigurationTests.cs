using System.Diagnostics;
using Dangjian.Core.Data;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>Bad settings stop the real executable with one message naming the setting, exit code 2, no stack trace.</summary>
public sealed class BadConfigurationTests
{
    [Theory]
    [InlineData("Oracle", null, null, "Database:Provider")]
    [InlineData("PostgreSQL", "", null, "Database:ConnectionString")]
    [InlineData("PostgreSQL", "Host=127.0.0.1;Port=1;Username=x;Database=x;Timeout=3", null, "Database:ConnectionString")]
    [InlineData("Sqlite", null, "/proc/dangjian-cannot-write-here", "Database:DataDirectory")]
    public async Task Start_up_fails_with_a_clear_message(string provider, string? connectionString, string? dataDirectory, string setting)
    {
        var data = dataDirectory ?? Directory.CreateTempSubdirectory("dangjian-bad-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Dangjian.Web.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Database__Provider"] = provider;
        start.Environment["Database__ConnectionString"] = connectionString ?? "";
        start.Environment["Database__DataDirectory"] = data;
        start.Environment["Urls"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.ShouldBe(2, await stdout);
        var message = await stderr;
        message.ShouldContain(setting);
        message.ShouldContain("启动失败");
        message.ShouldNotContain("   at ");
    }

    [Fact]
    public void An_unknown_provider_is_named_in_the_message()
    {
        var e = Should.Throw<ConfigurationProblem>(() => DatabaseSetup.Resolve(new DatabaseOptions { Provider = "mysql" }, "/tmp"));
        e.Message.ShouldContain("Database:Provider");
        e.Message.ShouldContain("mysql");
    }
}
