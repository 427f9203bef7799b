using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.OrgLife.Rules;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings.Ledger;

/// <summary>
/// Reads one organization's meetings of a year for its 台账: the organization itself, not its subtree. The organization
/// must have been found through the scoped context; meetings and attendance are read through it too.
/// </summary>
public sealed class MeetingLedgerQuery(AppDbContext db)
{
    public async Task<MeetingLedgerBook> LoadAsync(Organization org, int year, DateOnly today, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.OrganizationId == org.Id && m.HeldOn >= from && m.HeldOn <= to)
            .OrderBy(m => m.HeldOn).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.Kind, m.HeldOn, m.Topic, m.Place, m.ChairName, m.SpeakerName, m.MinutesText, m.IncludesDemocraticAppraisal,
                m.EnteredAtUtc, m.EnteredBy, m.EnteredByProxy,
                Due = m.Attendances.Count,
                Present = m.Attendances.Count(a => a.Status == AttendanceStatus.Present),
                OnLeave = m.Attendances.Count(a => a.Status == AttendanceStatus.OnLeave),
                Absent = m.Attendances.Count(a => a.Status == AttendanceStatus.Absent),
            })
            .ToListAsync(ct);
        var absences = (await new LedgerAbsences(db).LoadAsync(org.Id, from, to, ct)).ToLookup(a => a.MeetingId, a => a.Absence);
        var entries = meetings.Select(m => new LedgerEntry(
                m.HeldOn, m.Kind, m.IncludesDemocraticAppraisal, m.Topic, m.Place, m.ChairName, m.SpeakerName,
                m.Due, m.Present, m.OnLeave, m.Absent, absences[m.Id].ToList(), m.MinutesText,
                m.EnteredAtUtc.ToBeijing(), m.EnteredBy, m.EnteredByProxy))
            .ToList();

        var compliance = (await new ComplianceQuery(db).RunAsync(org.Path, from, to, today, ct: ct))
            .FirstOrDefault(c => c.Organization.Id == org.Id);
        var summary = LedgerSummary.Of(RuleSets.InForce([RuleSets.Default], from), compliance, entries);
        return new MeetingLedgerBook(org.Name, year, summary, entries, today);
    }
}
