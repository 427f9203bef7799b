using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings.Ledger;

/// <summary>Who was on leave or absent at an organization's meetings in a date range: names and reasons only.</summary>
internal sealed class LedgerAbsences(AppDbContext db)
{
    public async Task<IReadOnlyList<(int MeetingId, LedgerAbsence Absence)>> LoadAsync(int orgId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await db.MeetingAttendances.AsNoTracking().HeldBetween(from, to)
            .Where(a => a.Meeting!.OrganizationId == orgId && a.Status != AttendanceStatus.Present)
            .Select(a => new { a.MeetingId, a.MemberId, a.Status, a.AbsenceReason })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.MemberId).Distinct().ToList();

        // The attendance rows above came through the scope filter (by the meeting's organization). A member who has
        // since moved to a branch outside the reader's scope still belongs in this record, so only their name is
        // read, by id, unfiltered.
        var names = await db.Members.IgnoreQueryFilters().AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.Name, m.NamePinyin })
            .ToDictionaryAsync(m => m.Id, ct);
        return rows
            .Where(r => names.ContainsKey(r.MemberId))
            .OrderBy(r => r.Status).ThenBy(r => names[r.MemberId].NamePinyin, StringComparer.Ordinal).ThenBy(r => r.MemberId)
            .Select(r => (r.MeetingId, new LedgerAbsence(names[r.MemberId].Name, r.Status, r.AbsenceReason)))
            .ToList();
    }
}
