using System.Security.Cryptography;
using Dangjian.Core.Data;
using Dangjian.Core.Security;
using Microsoft.Extensions.Configuration;
using Shouldly;

namespace Dangjian.Core.Tests.Security;

public sealed class SecurityKeysTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "dangjian-keys-" + Guid.NewGuid().ToString("N"));

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Fact]
    public void Generates_keys_once_into_the_data_directory()
    {
        var first = SecurityKeys.Load(Config([]), directory);
        var second = SecurityKeys.Load(Config([]), directory);

        first.FieldKey.ShouldBe(second.FieldKey);
        first.IndexKey.ShouldBe(second.IndexKey);
        first.FieldKey.ShouldNotBe(first.IndexKey);
        var file = Path.Combine(directory, SecurityKeys.FileName);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void Prefers_configured_keys_and_rejects_bad_ones()
    {
        var field = RandomNumberGenerator.GetBytes(32);
        var keys = SecurityKeys.Load(Config(new()
        {
            ["Security:FieldKey"] = Convert.ToBase64String(field),
            ["Security:IndexKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        }), directory);

        keys.FieldKey.ShouldBe(field);
        keys.Source.ShouldBe("configuration");
        Directory.Exists(directory).ShouldBeFalse();
        Should.Throw<ConfigurationProblem>(() => SecurityKeys.Load(Config(new() { ["Security:FieldKey"] = Convert.ToBase64String(field) }), directory))
            .Message.ShouldContain("Security:IndexKey");
        Should.Throw<ConfigurationProblem>(() => SecurityKeys.Load(Config(new()
        {
            ["Security:FieldKey"] = "c2hvcnQ=",
            ["Security:IndexKey"] = Convert.ToBase64String(field),
        }), directory));
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
