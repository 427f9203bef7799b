using Dangjian.Core.Imports;

namespace Dangjian.Core.WorkRecords.Ledger;

public enum WorkRecordSheetField { Organization, Category, HeldOn, Title, Quantity, Participants, LedBy, Place, Notes, Tag }

/// <summary>The work-record ledger's columns: one row per counted activity (调研, 宣讲, 培训, 争取资金…).</summary>
public static class WorkRecordSheet
{
    public static readonly IReadOnlyList<SheetColumn<WorkRecordSheetField>> Columns =
    [
        new(WorkRecordSheetField.Organization, "党组织", ["组织编码", "党组织名称", "组织名称", "单位", "开展单位"], true,
            "开展这项工作的党组织：组织编码、全称或简称。", "QS-XHC"),
        new(WorkRecordSheetField.Category, "工作类别", ["类别", "类型", "工作类型", "活动类型", "项目"], true,
            "系统中的工作类别名称：党建调研、党建督导检查、宣讲、培训班、考察学习、研讨交流、成果交流、文化活动、争取资金、研究解决党建问题，以及本县增设的类别。", "培训班"),
        new(WorkRecordSheetField.HeldOn, "日期", ["开展日期", "活动日期", "时间", "开展时间"], true, "工作实际开展的日期，不能晚于今天。", "2026-03-05"),
        new(WorkRecordSheetField.Title, "名称", ["工作名称", "活动名称", "事项", "内容", "主题"], true,
            $"不超过{WorkRecordRules.TitleMax}个字。", "村“两委”干部能力提升培训班"),
        new(WorkRecordSheetField.Quantity, "数量", ["次数", "场次", "期数", "金额", "金额（万元）"], false,
            "按类别的单位填写（次、场次、期、批次、件；争取资金填万元），大于0，可带小数；不填按1计。", "1"),
        new(WorkRecordSheetField.Participants, "参加人次", ["人次", "参训人次", "参加人数", "受众人次"], false,
            "只有统计人次的类别（宣讲、培训班、考察学习、研讨交流、文化活动等）可填，正整数。", "45"),
        new(WorkRecordSheetField.LedBy, "带队或主持人", ["带队人", "主持人", "负责人", "带队领导"], false,
            $"不超过{WorkRecordRules.LedByMax}个字；乡镇党委书记或联系领导带队的，填其账号上的姓名：与该党组织可选的领导账号中唯一一人同名时关联到该账号（书记带队的计入书记抓党建的统计），否则只记姓名。", "张三"),
        new(WorkRecordSheetField.Place, "地点", ["开展地点", "活动地点"], false, $"不超过{WorkRecordRules.PlaceMax}个字。", "镇党群服务中心"),
        new(WorkRecordSheetField.Notes, "备注", ["说明", "情况说明"], false, $"不超过{WorkRecordRules.NotesMax}个字。", ""),
        new(WorkRecordSheetField.Tag, "本县类别", ["本县子类别", "子类别", "细类"], false,
            "县委组织部为工作记录设置的本县类别或子类别，填全称（如“大调研／产业调研”）或编码；可不填。", ""),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一项工作。“工作类别”须是系统中的类别（见本县的工作记录页面），类别决定“数量”的单位和是否统计“参加人次”。",
        "同一党组织、同一天、同一类别、同一名称的工作视为同一项。",
    ];
}
