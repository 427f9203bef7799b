using Dangjian.Core.Data;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Demo;

/// <summary>
/// Writes the first county's monthly themes and meetings. The detailed township is diligent except two weak
/// branches (missed committee meetings, one quarter's assembly); lighter townships keep sparser records.
/// </summary>
internal sealed class DemoOrgLifeWriter(AppDbContext db, Random random, DateOnly today, int months, bool everyTownshipDetailed)
{
    public async Task WriteAsync(OrgPlan county, CancellationToken ct)
    {
        var members = (await db.Members.AsNoTracking()
                .Where(m => m.Organization!.Path.StartsWith(county.Organization.Path))
                .OrderBy(m => m.Id)
                .ToListAsync(ct))
            .GroupBy(m => m.OrganizationId)
            .ToDictionary(g => g.Key, g => g.ToList());
        var from = DemoMeetings.FirstMonth(today, months);
        var plan = new DemoTownshipOrgLife(db, random, today, from);
        foreach (var township in county.Children)
        {
            var meetings = await plan.PlanAsync(township, members, township.IsDetailed || everyTownshipDetailed, ct);
            await WriteAsync(meetings, ct);
        }
    }

    private async Task WriteAsync(List<Meeting> meetings, CancellationToken ct)
    {
        var attendance = meetings.Select(m => (Meeting: m, Rows: m.Attendances)).ToList();
        meetings.ForEach(m => m.Attendances = []);
        db.Meetings.AddRange(meetings);
        await FlushAsync(ct);
        foreach (var (meeting, rows) in attendance)
        {
            rows.ForEach(r => r.Of(meeting));
        }

        await AttendanceRows.InsertAsync(db, attendance.SelectMany(x => x.Rows).ToList(), ct);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        var written = db.ChangeTracker.Entries()
            .Where(e => e.Entity is Meeting or MeetingAttendance or MonthlyTheme)
            .ToList();
        foreach (var entry in written)
        {
            entry.State = EntityState.Detached;
        }
    }
}
