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

    public static string Canonical(AuditEntry e)
    {
        var sb = new StringBuilder(256);
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
        return sb.ToString();
    }

    public static string ComputeHash(IAuditKey key, string previousHash, AuditEntry e)
    {
        var data = Encoding.UTF8.GetBytes(previousHash + Canonical(e));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Key, data));
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
