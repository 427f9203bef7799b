using Dangjian.Core.People;

namespace Dangjian.Core.OrgLife;

/// <summary>One member due to attend a meeting and whether they came. Every due member has a row.</summary>
public class MeetingAttendance
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }

    public AttendanceStatus Status { get; set; }
    public string? AbsenceReason { get; set; }
}
