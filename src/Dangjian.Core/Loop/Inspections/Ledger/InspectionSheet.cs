using Dangjian.Core.Imports;

namespace Dangjian.Core.Loop.Inspections.Ledger;

public enum InspectionSheetField { Inspector, Kind, StartedOn, Round, Title, Inspectors, Target, Finding, NoticeSentOn, Tag }

/// <summary>
/// The 督查台账's columns: one row per problem found (or per organization inspected without a problem); the rows with the
/// same inspecting organization, type, start date and content are one inspection, its targets the organizations they name.
/// </summary>
public static class InspectionSheet
{
    /// <summary>More inspections than this in one file are refused: an inspection's rows may lie anywhere in the file and are stored together.</summary>
    public const int MaxInspections = 400;

    public static readonly IReadOnlyList<SheetColumn<InspectionSheetField>> Columns =
    [
        new(InspectionSheetField.Inspector, "督查单位", ["开展督查的党组织", "督查党组织", "牵头单位"], false,
            "开展督查的党组织：组织编码、全称或简称；不填即为导入账号所在的党组织。", "QS"),
        new(InspectionSheetField.Kind, "督查类型", ["类型", "督查方式", "督查类别"], true,
            "“两随机”督查、“四不两直”督查、专项督查、日常督查（也可写两随机、四不两直、专项、日常）。", "专项督查"),
        new(InspectionSheetField.StartedOn, "督查日期", ["开始日期", "日期", "督查时间"], true, "督查开始的日期，不能晚于今天。", "2026-03-10"),
        new(InspectionSheetField.Round, "轮次", ["督查轮次", "第几轮"], false, "1到99的整数，也可写“第2轮”；不填为第1轮。", "1"),
        new(InspectionSheetField.Title, "督查内容", ["督查事项", "督查主题", "督查名称"], true, "不超过200个字。", "三会一课落实情况专项督查"),
        new(InspectionSheetField.Inspectors, "督查人员", ["督查组成员", "督查组", "督查人"], true,
            "姓名用顿号或逗号分开，不超过1000个字；同一次督查的各行须一致。", "张三、李四"),
        new(InspectionSheetField.Target, "被督查党组织", ["督查对象", "问题所在党组织", "被督查单位"], true,
            "被督查的党组织：组织编码、全称或简称，须是督查单位的下级党组织。", "QS-XHC"),
        new(InspectionSheetField.Finding, "发现问题", ["存在问题", "问题", "问题描述"], false,
            "该党组织被发现的一个问题，不超过1000个字；没有发现问题的填空（这一行只登记督查对象）。", "会议记录不完整"),
        new(InspectionSheetField.NoticeSentOn, "问题提示单日期", ["提示单下发日期", "问题提示单下发日期", "提示单日期"], false,
            "向该党组织下发问题提示单的日期；未下发的不填。不能早于督查日期、不能晚于今天。", "2026-03-12"),
        new(InspectionSheetField.Tag, "本县类别", ["本县子类别", "子类别", "细类"], false,
            "县委组织部为督查设置的本县类别或子类别（如“作风督查”），填全称或编码；可不填。同一次督查的各行须一致。", ""),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一个发现的问题。督查单位、督查类型、督查日期、督查内容都相同的各行是同一次督查，其督查对象为这些行中的“被督查党组织”；没有发现问题的督查对象也写一行，“发现问题”留空。",
        "同一次督查、同一党组织、相同问题描述的两行视为重复行；同一次督查各行的轮次、督查人员须一致。",
        "系统中已有同一次督查（督查单位、督查类型、督查日期、督查内容都相同）的，整次督查跳过，不会重复登记；要给已有的督查补充问题，请在督查详情页逐条登记。",
        "导入的“两随机”督查只登记抽取结果（督查人员和督查对象），不含抽取过程。整改事项请用“整改事项台账”导入，问题来源填“督查发现”。",
        $"一个文件最多{MaxInspections}次督查（行数不限），更多的请分成几个文件导入。",
    ];
}
