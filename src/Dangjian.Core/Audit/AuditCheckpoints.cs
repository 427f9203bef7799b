using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Audit;

/// <summary>The outcome of checking the log against a checkpoint the auditor kept.</summary>
public sealed record CheckpointCheck(bool Ok, string Message);

/// <summary>Issues checkpoints of an intact chain and checks the chain against one kept earlier.</summary>
public sealed class AuditCheckpoints(IAuditKey auditKey, CheckpointKey checkpointKey)
{
    /// <summary>A signed checkpoint of the current head, or null (with the verification) when the chain is already broken.</summary>
    public async Task<(AuditCheckpoint? Checkpoint, AuditVerification Verification)> IssueAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        var verification = await new AuditVerifier(auditKey).VerifyAsync(db, ct);
        if (!verification.Ok)
        {
            return (null, verification);
        }

        // The chain has no gaps from 1, so the last sequence is the count.
        return (AuditCheckpoint.Sign(verification.Count, verification.Count, verification.LastHash!, nowUtc, checkpointKey), verification);
    }

    public async Task<CheckpointCheck> CheckAsync(AppDbContext db, AuditCheckpoint checkpoint, CancellationToken ct = default)
    {
        if (checkpoint.KeyFingerprint != checkpointKey.Fingerprint || !checkpointKey.Verify(checkpoint.Payload(), checkpoint.Signature))
        {
            return new(false, "检查点文件的签名无效：文件被改动过，或不是本系统（本检查点密钥）签发的。");
        }

        var verification = await new AuditVerifier(auditKey).VerifyAsync(db, ct);
        if (!verification.Ok)
        {
            return new(false, verification.Describe());
        }

        var at = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence == checkpoint.LastSequence).Select(e => e.Hash).SingleOrDefaultAsync(ct);
        if (at is null || verification.Count < checkpoint.Count)
        {
            return new(false, $"审计日志被截断：检查点时已有 {checkpoint.Count} 条（至第 {checkpoint.LastSequence} 条），现在只有 {verification.Count} 条。");
        }

        if (at != checkpoint.LastHash)
        {
            return new(false, $"审计日志在检查点之前被改写：第 {checkpoint.LastSequence} 条的哈希与检查点不符（链被重新计算过）。");
        }

        return new(true, $"与检查点一致：检查点前的 {checkpoint.Count} 条未被改动，其后新增 {verification.Count - checkpoint.Count} 条，审计日志完整。");
    }
}
