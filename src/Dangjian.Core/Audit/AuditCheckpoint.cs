using System.Globalization;
using System.Text.Json;

namespace Dangjian.Core.Audit;

/// <summary>
/// A signed statement of the chain head at one moment: how many entries, the last one's sequence and hash. The auditor
/// keeps the file away from the host; later checks against it reveal a chain that was cut off or recomputed.
/// </summary>
public sealed record AuditCheckpoint(long Count, long LastSequence, string LastHash, DateTime AtUtc, string KeyFingerprint, string Signature)
{
    public const string Format = "dangjian-audit-checkpoint/1";

    public string Payload() => string.Join('|', Format, Count.ToString(CultureInfo.InvariantCulture),
        LastSequence.ToString(CultureInfo.InvariantCulture), LastHash, AtUtc.ToString("O", CultureInfo.InvariantCulture), KeyFingerprint);

    public static AuditCheckpoint Sign(long count, long lastSequence, string lastHash, DateTime atUtc, CheckpointKey key)
    {
        var unsigned = new AuditCheckpoint(count, lastSequence, lastHash, DateTime.SpecifyKind(atUtc, DateTimeKind.Utc), key.Fingerprint, "");
        return unsigned with { Signature = key.Sign(unsigned.Payload()) };
    }

    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["format"] = Format,
        ["count"] = Count,
        ["lastSequence"] = LastSequence,
        ["lastHash"] = LastHash,
        ["atUtc"] = AtUtc.ToString("O", CultureInfo.InvariantCulture),
        ["keyFingerprint"] = KeyFingerprint,
        ["signature"] = Signature,
    }, new JsonSerializerOptions { WriteIndented = true });

    /// <exception cref="FormatException">With a Chinese message: the file is not a checkpoint of this system.</exception>
    public static AuditCheckpoint Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.GetProperty("format").GetString() != Format)
            {
                throw new FormatException("不是本系统的审计检查点文件。");
            }

            return new AuditCheckpoint(root.GetProperty("count").GetInt64(), root.GetProperty("lastSequence").GetInt64(),
                root.GetProperty("lastHash").GetString()!,
                DateTime.Parse(root.GetProperty("atUtc").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                root.GetProperty("keyFingerprint").GetString()!, root.GetProperty("signature").GetString()!);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentNullException)
        {
            throw new FormatException("检查点文件无法读取：不是本系统导出的审计检查点文件。", e);
        }
    }
}
