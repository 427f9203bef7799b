using Dangjian.Core.Data;
using Dangjian.Core.Operations;

namespace Dangjian.Core.Audit;

/// <summary>The auditor's download of a signed checkpoint, logged first so that the checkpoint covers its own export.</summary>
public sealed class CheckpointExport(AppDbContext db, AuditWriter audit, IAuditContext actor, AuditCheckpoints checkpoints, TimeProvider time)
    : IOperation
{
    /// <inheritdoc cref="AuditCheckpoints.IssueAsync"/>
    public async Task<(AuditCheckpoint? Checkpoint, AuditVerification Verification)> IssueAsync(CancellationToken ct = default)
    {
        await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Export, nameof(AuditCheckpoint)), ct);
        return await checkpoints.IssueAsync(db, time.GetUtcNow().UtcDateTime, ct);
    }
}
