using System.Security.Cryptography;
using System.Text;
using Dangjian.Core.Audit;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

/// <summary>The chain's hash is HMAC-SHA256 over the UTF-8 of the previous hash and the canonical form, whatever buffers compute it.</summary>
public class AuditHashTests
{
    private static readonly AuditKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Theory]
    [InlineData("{\"source\":\"import\"}")]
    [InlineData("姓名：张三；备注 😀 含补充平面字符")]
    [InlineData(null)]
    public void The_hash_is_the_hmac_of_the_previous_hash_and_the_canonical_form(string? details)
    {
        foreach (var size in new[] { 1, 70_000, 1 }) // a large entry between two small ones: the buffers are reused and let go
        {
            var entry = new AuditEntry
            {
                Sequence = 42, AtUtc = new DateTime(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc), UserName = "县委组织部", UserId = 7, OrganizationId = 3,
                Ip = "10.0.0.1", Action = AuditAction.Create, TargetType = "Member", TargetId = "99", Result = AuditResult.Success,
                Details = details is null ? null : string.Concat(Enumerable.Repeat(details, size)), PreviousHash = "", Hash = "",
            };
            var previous = new string('a', 64);

            var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Key.Key, Encoding.UTF8.GetBytes(previous + AuditChain.Canonical(entry))));

            AuditChain.ComputeHash(Key, previous, entry).ShouldBe(expected);
        }
    }
}
