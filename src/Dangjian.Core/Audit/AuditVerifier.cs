using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Audit;

public enum AuditBreak { None, Gap, PreviousHashMismatch, HashMismatch }

/// <summary>Result of a verification: OK with the number of entries, or the first broken link.</summary>
public sealed record AuditVerification(long Count, long? BrokenAt, AuditBreak Reason, string? LastHash)
{
    public bool Ok => Reason == AuditBreak.None;

    public string Describe() => Reason switch
    {
        AuditBreak.None => $"审计日志完整：{Count} 条",
        AuditBreak.Gap => $"审计日志在第 {BrokenAt} 条断开：该条缺失（被删除或插入）",
        AuditBreak.PreviousHashMismatch => $"审计日志在第 {BrokenAt} 条断开：与上一条的链接不符",
        _ => $"审计日志在第 {BrokenAt} 条断开：内容被篡改（HMAC 不符）",
    };
}

/// <summary>Walks the chain in sequence order, a page at a time (keyset pagination, no tracking).</summary>
public sealed class AuditVerifier(IAuditKey key, int pageSize = 5000)
{
    public async Task<AuditVerification> VerifyAsync(AppDbContext db, CancellationToken ct = default)
    {
        long count = 0, last = 0;
        var previous = AuditChain.Genesis;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > last)
                .OrderBy(e => e.Sequence)
                .Take(pageSize)
                .ToListAsync(ct);
            foreach (var e in page)
            {
                var reason = e.Sequence != last + 1 ? AuditBreak.Gap
                    : e.PreviousHash != previous ? AuditBreak.PreviousHashMismatch
                    : AuditChain.ComputeHash(key, previous, e) != e.Hash ? AuditBreak.HashMismatch
                    : AuditBreak.None;
                if (reason != AuditBreak.None)
                {
                    return new AuditVerification(count, reason == AuditBreak.Gap ? last + 1 : e.Sequence, reason, previous);
                }

                count++;
                last = e.Sequence;
                previous = e.Hash;
            }

            if (page.Count < pageSize)
            {
                // The chain cannot show that its newest rows were cut off: compare LastHash with a copy kept elsewhere.
                return new AuditVerification(count, null, AuditBreak.None, previous);
            }
        }
    }
}
