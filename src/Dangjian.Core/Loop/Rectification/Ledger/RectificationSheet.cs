using Dangjian.Core.Imports;
using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification.Ledger;

public enum RectificationSheetField { Organization, RaisedBy, Source, RaisedOn, Problem, Measures, Deadline, Status, SubmittedOn, Evidence, SignedOffOn }

/// <summary>The 整改事项台账's columns: one row per item with where it stands (整改中/待销号/已销号) and the dates it got there.</summary>
public static class RectificationSheet
{
    public static readonly IReadOnlyList<SheetColumn<RectificationSheetField>> Columns =
    [
        new(RectificationSheetField.Organization, "责任单位", ["整改单位", "责任党组织", "整改责任单位", "党组织"], true,
            "负责整改的党组织：组织编码、全称或简称，须是提出单位的下级党组织。", "QS-XHC"),
        new(RectificationSheetField.RaisedBy, "提出单位", ["交办单位", "提出整改的党组织"], false,
            "提出整改并负责销号的党组织；不填即为导入账号所在的党组织。", "QS"),
        new(RectificationSheetField.Source, "问题来源", ["来源", "问题类型"], true, "督查发现、述职评议点评、自我查找。", "督查发现"),
        new(RectificationSheetField.RaisedOn, "交办日期", ["提出日期", "交办时间", "发现日期"], true, "交办整改的日期，不能晚于今天。", "2026-03-12"),
        new(RectificationSheetField.Problem, "存在问题", ["问题", "问题描述", "存在的问题", "问题表现"], true, "不超过1000个字。", "会议记录不完整"),
        new(RectificationSheetField.Measures, "整改措施", ["措施", "整改要求"], false, "不超过1000个字。", "补齐会议记录，指定专人管理"),
        new(RectificationSheetField.Deadline, "整改时限", ["完成时限", "整改期限", "时限"], true,
            $"不能早于交办日期（督查发现的问题也不能早于督查日期），不能晚于交办后{RectificationWorkflow.MaxDeadlineYears}年；可以是将来的日期。", "2026-04-30"),
        new(RectificationSheetField.Status, "整改状态", ["状态", "整改进度", "销号情况"], true,
            "整改中、待销号（已报送整改材料，等待销号）、已销号。", "已销号"),
        new(RectificationSheetField.SubmittedOn, "报送日期", ["报送整改材料日期", "整改完成日期", "完成日期"], false,
            "责任单位报送整改材料的日期：待销号、已销号的必填；整改中的填了表示报送后被退回继续整改。不能早于交办日期、不能晚于今天。", "2026-04-20"),
        new(RectificationSheetField.Evidence, "整改佐证材料", ["佐证材料", "整改情况", "整改完成情况"], false,
            "整改情况的文字说明和附件名称，不超过4000个字；填了报送日期的必填。", "已补齐3月会议记录"),
        new(RectificationSheetField.SignedOffOn, "销号日期", ["销号时间"], false,
            "提出单位审核销号的日期：已销号的必填，其他状态不填。不能早于报送日期、不能晚于今天。", "2026-04-25"),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一个整改事项。同一责任单位、同一交办日期、相同“存在问题”的两行视为同一事项。",
        "整改状态按报送日期、销号日期记入整改过程（提出→报送整改材料→销号），年度统计中的“已销号”“待销号”“整改中”“逾期”按这些日期计算：如去年交办、去年销号的事项计入去年的已销号。",
        "问题来源为“督查发现”时，如系统中有提出单位督查发现的同一党组织、相同描述的问题（交办日期不早于督查日期），事项关联到该问题。",
        "导出的是本级及下级党组织提出的、交办日期在所选年度的整改事项。",
    ];
}
