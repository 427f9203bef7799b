namespace Dangjian.Core.Audit;

/// <summary>What to log; <see cref="AuditWriter"/> adds the actor, time, sequence and hashes.</summary>
public sealed record AuditRecord(
    AuditAction Action,
    string TargetType,
    string? TargetId = null,
    AuditResult Result = AuditResult.Success,
    string? Details = null);
