using System.Globalization;
using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings.Ledger;

/// <summary>
/// The 台账 of one organization (found through the scoped context) and year, for printing: it names absent members, so
/// every export is written to the audit log.
/// </summary>
public sealed class MeetingLedgerExport(AppDbContext db, AuditWriter audit, IAuditContext actor, TimeProvider clock) : IOperation
{
    public const string AuditTarget = "MeetingLedgerBook";

    public async Task<MeetingLedgerBook> ExportAsync(Organization org, int year, CancellationToken ct = default)
    {
        var ledger = await new MeetingLedgerQuery(db).LoadAsync(org, year, clock.Today(), ct);
        var details = JsonSerializer.Serialize(new { organization = org.Name, year, meetings = ledger.Entries.Count });
        await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Export, AuditTarget, org.Id.ToString(CultureInfo.InvariantCulture), Details: details), ct);
        return ledger;
    }
}
