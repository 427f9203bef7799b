using Dangjian.Core.Imports;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings.Ledger;

public enum MeetingSheetField { Organization, Kind, HeldOn, Topic, Place, Chair, Speaker, Due, Absent, OnLeave, Minutes, DemocraticAppraisal, Tag }

/// <summary>The 三会一课 ledger's columns: one row per meeting; everyone due and not named absent or on leave was present.</summary>
public static class MeetingSheet
{
    public static readonly IReadOnlyList<SheetColumn<MeetingSheetField>> Columns =
    [
        new(MeetingSheetField.Organization, "党组织", ["组织编码", "党组织名称", "支部名称", "组织名称", "党支部"], true,
            "召开会议的党组织：组织编码、全称或简称。", "QS-XHC"),
        new(MeetingSheetField.Kind, "会议类型", ["类型", "会议类别", "活动类型"], true,
            "支部党员大会、支部委员会会议、党小组会、党课、主题党日、组织生活会、民主评议党员；乡镇党委：党委会议、党建工作专题会议、理论学习中心组学习。", "支部党员大会"),
        new(MeetingSheetField.HeldOn, "召开日期", ["日期", "会议日期", "时间", "会议时间"], true, "会议实际召开的日期，不能晚于今天。", "2026-03-05"),
        new(MeetingSheetField.Topic, "会议主题", ["主题", "议题", "内容", "会议内容"], true, "不超过200个字。", "学习全国两会精神"),
        new(MeetingSheetField.Place, "会议地点", ["地点"], false, "不超过100个字。", "村党群服务中心"),
        new(MeetingSheetField.Chair, "主持人", ["主持"], false, "不超过40个字。", "张三"),
        new(MeetingSheetField.Speaker, "授课人", ["主讲人", "讲课人", "授课人/主讲人"], false,
            "党课必填；不超过40个字。乡镇党委书记或联系领导授课的，填其账号上的姓名：与该党组织可选的领导账号中唯一一人同名（且不是本组织党员的姓名）时关联到该账号，否则只记姓名。", ""),
        new(MeetingSheetField.Due, "应到人员", ["应到党员", "参会范围"], false,
            "不填表示该党组织全体党员应到；支部委员会会议、党小组会等只有部分党员应到时，写出应到人员的姓名，用顿号分开。", ""),
        new(MeetingSheetField.Absent, "缺席人员", ["缺席", "缺席党员"], false,
            "缺席党员的姓名和原因，如：王五（外出务工）、赵六（住院）。多人用顿号、逗号或空格分开；每人须写原因。", "王五（外出务工）"),
        new(MeetingSheetField.OnLeave, "请假人员", ["请假", "请假党员"], false,
            "请假党员的姓名和原因，写法同“缺席人员”。", "李四（病假）"),
        new(MeetingSheetField.Minutes, "会议记录", ["会议纪要", "记录", "纪要"], false, "不超过4000个字。", ""),
        new(MeetingSheetField.DemocraticAppraisal, "含民主评议党员", ["民主评议党员", "是否民主评议"], false,
            "组织生活会同时开展了民主评议党员的填“是”。", "否"),
        new(MeetingSheetField.Tag, "本县类别", ["本县子类别", "子类别", "细类"], false,
            "县委组织部为会议设置的本县类别或子类别（如“专题研究党建”），填全称或编码；可不填。", ""),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一次会议。“应到人员”不填时，应到党员为该党组织在会议日期已入党、目前在册的党员；没有写在“缺席人员”“请假人员”中的都按出席登记。",
        "姓名按该党组织的在册党员识别：找不到的姓名、同一支部有两名同名党员时会报错（同名党员请在系统中逐条录入）。",
        "同一党组织、同一天、同一类型、同一主题的会议视为同一次会议。",
    ];
}
