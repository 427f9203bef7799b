using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

public class AuditKeyTests
{
    [Fact]
    public void Key_file_is_generated_once_and_reused()
    {
        var dir = Directory.CreateTempSubdirectory("dangjian-key-").FullName;
        try
        {
            Should.Throw<ConfigurationProblem>(() => AuditKey.Resolve(null, dir, createIfMissing: false));
            var first = AuditKey.Resolve(null, dir);
            var second = AuditKey.Resolve(" ", dir, createIfMissing: false);

            second.Key.ToArray().ShouldBe(first.Key.ToArray());
            first.Key.Length.ShouldBe(32);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Configured_key_wins_and_is_validated()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

        AuditKey.Resolve(key, "/nonexistent").Key[31].ShouldBe((byte)31);
        Should.Throw<ConfigurationProblem>(() => AuditKey.Resolve("not base64!", "/nonexistent"));
        Should.Throw<ConfigurationProblem>(() => AuditKey.Resolve(Convert.ToBase64String(new byte[8]), "/nonexistent"));
    }

    [Fact]
    public void Canonical_form_cannot_be_spoofed_by_separators()
    {
        AuditEntry Entry(string target, string? id) =>
            new() { Sequence = 1, UserName = "u", TargetType = target, TargetId = id, PreviousHash = "", Hash = "" };

        AuditChain.Canonical(Entry("a|1:b", null)).ShouldNotBe(AuditChain.Canonical(Entry("a", "b")));
        AuditChain.Canonical(Entry("a", "")).ShouldNotBe(AuditChain.Canonical(Entry("a", null)));
        AuditChain.Canonical(Entry("a", "b")).ShouldBe(AuditChain.Canonical(Entry("a", "b")));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("12345678901", "***")]
    [InlineData("110101199003071234", "110101********1234")]
    public void Mask_keeps_first_six_and_last_four(string? value, string? masked) =>
        Masking.Mask(value).ShouldBe(masked);
}
