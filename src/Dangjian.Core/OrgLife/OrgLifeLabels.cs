using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.OrgLife.Rules;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife;

/// <summary>Chinese UI names of the organizational-life enums.</summary>
public static class OrgLifeLabels
{
    public static string Of(MeetingKind kind) => kind switch
    {
        MeetingKind.MemberAssembly => "支部党员大会",
        MeetingKind.BranchCommittee => "支部委员会会议",
        MeetingKind.GroupMeeting => "党小组会",
        MeetingKind.PartyLecture => "党课",
        MeetingKind.ThemeDay => "主题党日",
        MeetingKind.OrgLifeMeeting => "组织生活会",
        MeetingKind.DemocraticAppraisal => "民主评议党员",
        MeetingKind.TownshipCommitteeMeeting => "党委会议",
        MeetingKind.PartyBuildingSession => "党建工作专题会议",
        MeetingKind.CentralGroupStudy => "理论学习中心组学习",
        _ => kind.ToString(),
    };

    public static string Of(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "出席",
        AttendanceStatus.Absent => "缺席",
        AttendanceStatus.OnLeave => "请假",
        _ => status.ToString(),
    };

    public static string Of(RulePeriod period) => period switch
    {
        RulePeriod.Month => "每月",
        RulePeriod.Quarter => "每季度",
        RulePeriod.Year => "每年",
        _ => period.ToString(),
    };

    public static string Of(SlotStatus status) => status switch
    {
        SlotStatus.Held => "已开展",
        SlotStatus.HeldLate => "补录",
        SlotStatus.QuorumNotMet => "到会人数不足",
        SlotStatus.Missing => "未开展",
        SlotStatus.NotDue => "未到期",
        SlotStatus.NotRequired => "不作要求",
        _ => status.ToString(),
    };

    public const string EnteredByProxy = "代录";
}
