using Dangjian.Core.Members;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings;

/// <summary>One member due to attend a meeting and whether they came. Every due member has a row.</summary>
public class MeetingAttendance
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }

    /// <summary>
    /// The meeting's date: with <see cref="MeetingId"/> the key it refers to. PostgreSQL partitions meetings and attendance
    /// by it (ADR 0019); a corrected date follows to the rows in the database (ON UPDATE CASCADE).
    /// </summary>
    public DateOnly HeldOn { get; set; }

    public AttendanceStatus Status { get; set; }
    public string? AbsenceReason { get; set; }

    /// <summary>The member's 流动党员 flag when the attendance was entered, so participation counts need no join to members.</summary>
    public bool IsMobile { get; set; }

    /// <summary>The member's "no smartphone" flag when the attendance was entered (see <see cref="IsMobile"/>).</summary>
    public bool NoSmartphone { get; set; }

    /// <summary>Points a row written outside the change tracker at its saved meeting.</summary>
    public void Of(Meeting meeting) => (MeetingId, HeldOn) = (meeting.Id, meeting.HeldOn);

    public static MeetingAttendance For(Member member, DateOnly heldOn, AttendanceStatus status, string? absenceReason) => new()
    {
        MemberId = member.Id, HeldOn = heldOn, Status = status, AbsenceReason = status == AttendanceStatus.Present ? null : absenceReason,
        IsMobile = member.IsMobile, NoSmartphone = member.NoSmartphone,
    };
}
