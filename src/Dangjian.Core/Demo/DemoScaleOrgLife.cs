using Dangjian.Core.Data;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dangjian.Core.Demo;

/// <summary>
/// The generator's monthly themes, meetings and attendance for one county, township by township: meetings through EF
/// (their ids are needed), attendance bulk-written (PostgreSQL binary COPY, SQLite the prepared insert of
/// <see cref="AttendanceRows"/>). Habits as in the demo: the detailed township diligent but for branches 3 and 7.
/// </summary>
internal sealed class DemoScaleOrgLife(AppDbContext db, Random random, DateOnly today, int months)
{
    public async Task<long> WriteAsync(OrgPlan county, CancellationToken ct)
    {
        var from = DemoMeetings.FirstMonth(today, months);
        var plan = new DemoTownshipOrgLife(db, random, today, from);
        long rows = 0;
        foreach (var township in county.Children)
        {
            var members = (await db.Members.AsNoTracking()
                    .Where(m => m.Organization!.Path.StartsWith(township.Organization.Path))
                    .OrderBy(m => m.Id)
                    .ToListAsync(ct))
                .GroupBy(m => m.OrganizationId)
                .ToDictionary(g => g.Key, g => g.ToList());
            var meetings = await plan.PlanAsync(township, members, township.IsDetailed, ct);
            rows += await WriteAsync(meetings, ct);
        }

        return rows;
    }

    private async Task<long> WriteAsync(List<Meeting> meetings, CancellationToken ct)
    {
        var attendance = meetings.Select(m => (Meeting: m, Rows: m.Attendances)).ToList();
        meetings.ForEach(m => m.Attendances = []);
        db.Meetings.AddRange(meetings);
        await db.SaveChangesAsync(ct);
        DemoScaleGenerator.DetachAllButOrganizations(db);
        foreach (var (meeting, list) in attendance)
        {
            list.ForEach(r => r.Of(meeting));
        }

        var rows = attendance.SelectMany(x => x.Rows).ToList();
        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            await PostgresCopy.WriteAsync(postgres, "meeting_attendances", "meeting_id, member_id, status, absence_reason, is_mobile, no_smartphone, held_on", rows,
                r => [r.MeetingId, r.MemberId, r.Status.ToString(), r.AbsenceReason, r.IsMobile, r.NoSmartphone, r.HeldOn], ct);
        }
        else
        {
            await AttendanceRows.InsertAsync(db, rows, ct);
        }

        return rows.Count;
    }
}
