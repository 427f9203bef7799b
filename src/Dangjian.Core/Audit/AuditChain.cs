using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dangjian.Core.Audit;

/// <summary>
/// The hash chain: Hash = HMAC-SHA256(key, PreviousHash + Canonical(entry)), lower-case hex.
/// Canonical form: the fields in a fixed order, each written as <c>length:value|</c> (null as <c>~|</c>),
/// so no value can imitate a separator, whatever it contains.
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    public static string Canonical(AuditEntry e) => Append(new StringBuilder(256), e).ToString();

    public static string ComputeHash(IAuditKey key, string previousHash, AuditEntry e)
    {
        // An import hashes 100,000 entries: the text is built in a buffer of the thread's and encoded into a rented
        // one (the hash is the same as HMAC over UTF-8 of previousHash + Canonical(e)).
        var sb = Append((text ??= new StringBuilder(1024)).Clear().Append(previousHash), e);
        var chars = ArrayPool<char>.Shared.Rent(sb.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(sb.Length));
        try
        {
            sb.CopyTo(0, chars, sb.Length);
            var length = Encoding.UTF8.GetBytes(chars.AsSpan(0, sb.Length), bytes);
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key.Key, bytes.AsSpan(0, length), mac);
            return Convert.ToHexStringLower(mac);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
            if (sb.Capacity > 64 * 1024)
            {
                text = null; // a rare large entry: do not keep its buffer for the thread's life
            }
        }
    }

    [ThreadStatic]
    private static StringBuilder? text;

    private static StringBuilder Append(StringBuilder sb, AuditEntry e)
    {
        Field(sb, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(sb, Time(e.AtUtc));
        Field(sb, e.UserName);
        Field(sb, e.UserId?.ToString(CultureInfo.InvariantCulture));
        Field(sb, e.OrganizationId?.ToString(CultureInfo.InvariantCulture));
        Field(sb, e.Ip);
        Field(sb, e.Action.ToString());
        Field(sb, e.TargetType);
        Field(sb, e.TargetId);
        Field(sb, e.Result.ToString());
        Field(sb, e.Details);
        return sb;
    }

    /// <summary>PostgreSQL keeps microseconds, SQLite 100 ns ticks: entries are stamped at microsecond precision.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    // Kind is ignored: SQLite reads back Unspecified, Npgsql Utc; both hold UTC.
    private static string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void Field(StringBuilder sb, string? value)
    {
        if (value is null)
        {
            sb.Append("~|");
            return;
        }

        sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
    }
}
