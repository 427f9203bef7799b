using Dangjian.Core.Imports;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.Accountability.Ledger;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.HonorRoll.Ledger;

namespace Dangjian.Core.Loop.Talks.Ledger;

public enum TalkSheetField { Organization, HeldOn, Talker, Targets, TargetKind, Reason, FollowUp }

/// <summary>The 约谈台账's columns: one row per talk; its 人次 is the number of people named.</summary>
public static class TalkSheet
{
    public static readonly IReadOnlyList<SheetColumn<TalkSheetField>> Columns =
    [
        new(TalkSheetField.Organization, "约谈单位", ["开展约谈的党组织", "党组织"], false,
            "开展约谈的党组织：组织编码、全称或简称；不填即为导入账号所在的党组织。", "QS"),
        new(TalkSheetField.HeldOn, "约谈日期", ["日期", "谈话日期", "约谈时间"], true, "约谈实际进行的日期，不能晚于今天。", "2026-04-08"),
        new(TalkSheetField.Talker, "约谈人", ["谈话人", "约谈领导"], true, "不超过100个字。", "王书记"),
        new(TalkSheetField.Targets, "约谈对象", ["被约谈人", "谈话对象", "被约谈对象"], true,
            "被约谈人的姓名，多人用顿号或逗号分开，不超过1000个字；人次按姓名个数计算。", "张三、李四"),
        new(TalkSheetField.TargetKind, "对象类别", ["约谈对象类别", "对象身份", "类别"], true, "党组织书记、村“两委”干部、党员。", "党组织书记"),
        new(TalkSheetField.Reason, "约谈事由", ["事由", "约谈原因", "谈话内容"], true, "不超过1000个字。", "三会一课落实不到位"),
        new(TalkSheetField.FollowUp, "跟踪落实情况", ["落实情况", "整改落实情况"], false, "不超过1000个字。", "已制定整改计划"),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一次约谈；一次约谈多人（集体约谈）的，约谈对象写多个姓名，记为一次约谈、多个人次。",
        "同一约谈单位、同一天、约谈对象相同的两行视为同一次约谈。",
    ];
}
