using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Entry;

namespace Dangjian.Web.Pages.Meetings;

/// <summary>The entry form: the meeting and one row per active member of the organization (present unless changed).</summary>
public sealed class MeetingForm
{
    public int OrganizationId { get; set; }
    public MeetingKind Kind { get; set; } = MeetingKind.ThemeDay;
    public DateOnly? HeldOn { get; set; }
    public string? Topic { get; set; }
    public string? Place { get; set; }
    public string? ChairName { get; set; }
    public string? SpeakerName { get; set; }

    /// <summary>The township leader's account who gave it, chosen from <see cref="CreateModel.Speakers"/>.</summary>
    public int? SpeakerUserId { get; set; }
    public string? MinutesText { get; set; }
    public int? MonthlyThemeId { get; set; }
    public int? TagId { get; set; }
    public bool IncludesDemocraticAppraisal { get; set; }
    public List<AttendanceRow> Rows { get; set; } = [];

    public MeetingDraft ToDraft() => new()
    {
        OrganizationId = OrganizationId, Kind = Kind, HeldOn = HeldOn, Topic = Topic, Place = Place, ChairName = ChairName,
        SpeakerName = SpeakerName, SpeakerUserId = SpeakerUserId, MinutesText = MinutesText, MonthlyThemeId = MonthlyThemeId, TagId = TagId,
        IncludesDemocraticAppraisal = IncludesDemocraticAppraisal,
        Attendance = Rows.Where(r => r.Status != RowStatus.NotDue)
            .Select(r => new AttendanceDraft(r.MemberId, (AttendanceStatus)r.Status, r.Reason)).ToList(),
    };
}

public sealed class AttendanceRow
{
    public int MemberId { get; set; }
    public RowStatus Status { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The attendance statuses plus "not due" (e.g. not a committee member), which stores no row.</summary>
public enum RowStatus { Present = AttendanceStatus.Present, Absent = AttendanceStatus.Absent, OnLeave = AttendanceStatus.OnLeave, NotDue = 9 }
