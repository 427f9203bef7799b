using System.Security.Cryptography;
using System.Text;

namespace Dangjian.Core.Security;

/// <summary>
/// HMAC-SHA256 with its own key (never the field key). The index key cannot be rotated without recomputing
/// every stored index, so keep it as long as the data lives.
/// </summary>
public sealed class HmacBlindIndex : IBlindIndex
{
    private readonly byte[] key;

    public HmacBlindIndex(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The blind-index key needs at least 32 bytes.", nameof(key));
        }

        this.key = key;
    }

    /// <summary>Trims, drops inner white space and upper-cases (so "11010119900307803x" equals "11010119900307803X").</summary>
    public static string Normalize(string value) =>
        string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public string Compute(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Normalize(value))));
}
