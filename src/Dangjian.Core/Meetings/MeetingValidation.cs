using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings;

/// <summary>The checks of one meeting draft, with Chinese messages keyed by the draft's property names.</summary>
public static class MeetingValidation
{
    public static readonly IReadOnlySet<MeetingKind> TownshipKinds =
        new HashSet<MeetingKind> { MeetingKind.TownshipCommitteeMeeting, MeetingKind.PartyBuildingSession, MeetingKind.CentralGroupStudy };

    public static bool KindFits(MeetingKind kind, OrgLevel level) =>
        TownshipKinds.Contains(kind) == (level is OrgLevel.TownshipCommittee or OrgLevel.CountyCommittee);

    public static Dictionary<string, string> Check(MeetingDraft d, Organization org, IReadOnlyDictionary<int, Member> members, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        void Fail(string field, string message) => errors.TryAdd(field, message);

        if (!Enum.IsDefined(d.Kind) || !KindFits(d.Kind, org.Level))
        {
            Fail(nameof(d.Kind), $"{org.Name}不召开“{OrgLifeLabels.Of(d.Kind)}”，请选择正确的会议类型");
        }

        if (d.HeldOn is not { } day)
        {
            Fail(nameof(d.HeldOn), "请填写会议日期");
        }
        else if (day > today)
        {
            Fail(nameof(d.HeldOn), "会议日期不能晚于今天（会议开完后再录入）");
        }
        else if (day.Year < 2000)
        {
            Fail(nameof(d.HeldOn), "会议日期不正确");
        }

        Length(d.Topic, 200, nameof(d.Topic), "会议主题", required: true);
        Length(d.Place, 100, nameof(d.Place), "会议地点");
        Length(d.ChairName, 40, nameof(d.ChairName), "主持人");
        Length(d.SpeakerName, 40, nameof(d.SpeakerName), "授课人/主讲人");
        Length(d.MinutesText, 4000, nameof(d.MinutesText), "会议记录");
        if (d.Kind == MeetingKind.PartyLecture && string.IsNullOrWhiteSpace(d.SpeakerName))
        {
            Fail(nameof(d.SpeakerName), "党课须填写授课人");
        }

        // A township committee's own meetings (党委会议, 党建工作专题会议, 中心组学习): its leaders' membership is kept in branches,
        // so a committee with no one on its own roster records the meeting without attendance (as the demo county does).
        if (!(TownshipKinds.Contains(d.Kind) && members.Count == 0 && d.Attendance.Count == 0))
        {
            CheckAttendance(d.Attendance, members, Fail);
        }

        return errors;

        void Length(string? text, int max, string field, string label, bool required = false)
        {
            if (required && string.IsNullOrWhiteSpace(text))
            {
                Fail(field, $"请填写{label}");
            }
            else if (text?.Trim().Length > max)
            {
                Fail(field, $"{label}不能超过{max}个字");
            }
        }
    }

    private static void CheckAttendance(IReadOnlyList<AttendanceDraft> rows, IReadOnlyDictionary<int, Member> members, Action<string, string> fail)
    {
        if (rows.Count == 0)
        {
            fail(nameof(MeetingDraft.Attendance), "请登记应到会党员的出席情况（至少一人）");
            return;
        }

        if (rows.GroupBy(r => r.MemberId).Any(g => g.Count() > 1))
        {
            fail(nameof(MeetingDraft.Attendance), "同一名党员登记了多次");
        }

        // Each row's problem under its own key ("Attendance[3]"), so every missing reason is reported at once.
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var field = $"{nameof(MeetingDraft.Attendance)}[{i}]";
            if (!members.TryGetValue(row.MemberId, out var member))
            {
                fail(field, $"党员编号{row.MemberId}不是本组织在册党员");
            }
            else if (!Enum.IsDefined(row.Status))
            {
                fail(field, $"{member.Name}的出席情况不正确");
            }
            else if (row.Status != AttendanceStatus.Present && string.IsNullOrWhiteSpace(row.AbsenceReason))
            {
                fail(field, $"{member.Name}{OrgLifeLabels.Of(row.Status)}，请填写原因");
            }
            else if (row.AbsenceReason?.Trim().Length > 100)
            {
                fail(field, $"{member.Name}的缺席原因不能超过100个字");
            }
        }
    }
}
