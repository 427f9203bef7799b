using Dangjian.Core.Imports;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.Accountability.Ledger;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Loop.Talks.Ledger;

namespace Dangjian.Core.Loop.HonorRoll.Ledger;

public enum HonorRollSheetField { Organization, Roll, Year, Period, Reason }

/// <summary>The 红黑榜台账's columns: one row per organization listed for a period.</summary>
public static class HonorRollSheet
{
    public static readonly IReadOnlyList<SheetColumn<HonorRollSheetField>> Columns =
    [
        new(HonorRollSheetField.Organization, "党组织", ["上榜党组织", "组织编码", "党组织名称", "支部名称"], true,
            "上榜的党组织：组织编码、全称或简称，须是导入账号所在党组织的下级党组织。", "QS-XHC"),
        new(HonorRollSheetField.Roll, "榜单", ["红黑榜", "红榜/黑榜", "类别"], true, "红榜、黑榜（挂牌警示也可写黑榜）。", "红榜"),
        new(HonorRollSheetField.Year, "年度", ["年份"], false,
            "上榜所属的年度，如 2025；不填时取“期间”开头的年份（如“2025年第二季度”为2025年）。", "2026"),
        new(HonorRollSheetField.Period, "期间", ["上榜期间", "评定期间", "季度"], true,
            "如“2026年第一季度”“2026年上半年”，不超过40个字；开头写了年份的须与年度一致。", "2026年第一季度"),
        new(HonorRollSheetField.Reason, "上榜理由", ["理由", "事由", "上榜原因"], true, "不超过1000个字。", "三会一课规范，台账齐全"),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一个党组织的一次上榜。年度和期间按填写的内容登记（可以是往年）。",
        "同一党组织、同一榜单、同一年度、同一期间的两行视为同一次上榜。",
    ];
}
