namespace Dangjian.Core.Audit;

/// <summary>The secret HMAC key of the audit chain. Whoever holds it can forge a chain: keep it out of the database.</summary>
public interface IAuditKey
{
    ReadOnlySpan<byte> Key { get; }
}
