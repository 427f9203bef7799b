using System.Globalization;
using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Members;

/// <summary>
/// The audit trail of reading members' sensitive values: a reveal of one member's full ID and phone, and a roster export
/// (a Reveal as well when it carries the full IDs); a refused attempt is logged as Denied.
/// </summary>
public sealed class MemberAudit(AppDbContext db, AuditWriter audit, IAuditContext actor) : IOperation
{
    public Task RevealAsync(int memberId, bool allowed, CancellationToken ct = default) =>
        audit.AppendAsync(db, actor, allowed
            ? new AuditRecord(AuditAction.Reveal, nameof(Member), Id(memberId), Details: """{"fields":["ResidentId","Phone"]}""")
            : new AuditRecord(AuditAction.Reveal, nameof(Member), Id(memberId), AuditResult.Denied), ct);

    public Task ExportDeniedAsync(CancellationToken ct = default) =>
        audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Reveal, nameof(Member), null, AuditResult.Denied, """{"export":true}"""), ct);

    /// <param name="filter">The filter's route values, as the export was asked for.</param>
    public Task ExportedAsync(Organization org, IReadOnlyDictionary<string, string> filter, int rows, bool full, CancellationToken ct = default)
    {
        var details = JsonSerializer.Serialize(new { organization = org.Name, filter, rows, full });
        var records = new List<AuditRecord> { new(AuditAction.Export, nameof(Member), Id(org.Id), Details: details) };
        if (full)
        {
            records.Add(new AuditRecord(AuditAction.Reveal, nameof(Member), Id(org.Id), Details: details));
        }

        return audit.AppendAsync(db, actor, records, ct);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
