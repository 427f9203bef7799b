using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Organizations;

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

    /// <summary>The form of a saved meeting: a row for each offered member, 不需参加 where the meeting recorded none.</summary>
    public static MeetingForm Of(Meeting m, IEnumerable<int> memberIds)
    {
        var recorded = m.Attendances.ToDictionary(a => a.MemberId);
        return new MeetingForm
        {
            OrganizationId = m.OrganizationId, Kind = m.Kind, HeldOn = m.HeldOn, Topic = m.Topic, Place = m.Place, ChairName = m.ChairName,
            SpeakerName = m.SpeakerName, SpeakerUserId = m.SpeakerUserId, MinutesText = m.MinutesText, MonthlyThemeId = m.MonthlyThemeId,
            TagId = m.TagId, IncludesDemocraticAppraisal = m.IncludesDemocraticAppraisal,
            Rows = memberIds.Select(id => recorded.TryGetValue(id, out var a)
                ? new AttendanceRow { MemberId = id, Status = (RowStatus)a.Status, Reason = a.AbsenceReason }
                : new AttendanceRow { MemberId = id, Status = RowStatus.NotDue }).ToList(),
        };
    }

    /// <summary>The form key of a draft error: a row of the draft ("Attendance[2]") is the reason box of its row on the form.</summary>
    public string KeyOf(string field)
    {
        var due = Rows.Select((r, i) => (r, i)).Where(x => x.r.Status != RowStatus.NotDue).Select(x => x.i).ToList();
        var prefix = nameof(MeetingDraft.Attendance) + "[";
        if (field.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(field[prefix.Length..^1], out var k) && k < due.Count)
        {
            return $"Form.Rows[{due[k]}].Reason";
        }

        return field is nameof(MeetingDraft.Attendance) or "" ? "" : $"Form.{field}";
    }

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
