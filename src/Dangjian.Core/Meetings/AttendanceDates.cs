namespace Dangjian.Core.Meetings;

/// <summary>
/// Attendance of the meetings held in a date range, asked of both dates: the meeting's (SQLite starts from its
/// (organization_id, held_on) index; without it a 5-year history cost 1.43× a 1-year one) and the row's own copy (PostgreSQL
/// then reads only the range's partitions of both tables, ADR 0019). The compliance GROUP BY joins the two tables itself
/// and asks the same of each.
/// </summary>
public static class AttendanceDates
{
    public static IQueryable<MeetingAttendance> HeldBetween(this IQueryable<MeetingAttendance> rows, DateOnly from, DateOnly to) =>
        rows.Where(a => a.Meeting!.HeldOn >= from && a.Meeting.HeldOn <= to && a.HeldOn >= from && a.HeldOn <= to);
}
