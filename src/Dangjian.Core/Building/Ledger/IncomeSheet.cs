using Dangjian.Core.Imports;

namespace Dangjian.Core.Building.Ledger;

public enum IncomeSheetField { Village, Year, AmountWan }

/// <summary>The collective-income ledger's columns: one row per village and year.</summary>
public static class IncomeSheet
{
    public static readonly IReadOnlyList<SheetColumn<IncomeSheetField>> Columns =
    [
        new(IncomeSheetField.Village, "村党组织", ["党组织", "组织编码", "村", "村名", "村名称", "行政村", "村党支部"], true,
            "村党组织：组织编码、全称或简称（须是村党组织）。", "QS-XHC"),
        new(IncomeSheetField.Year, "年度", ["年份", "统计年度"], true, "收入所属的年度，如 2025，不能晚于今年。", "2025"),
        new(IncomeSheetField.AmountWan, "集体经济收入（万元）", ["集体经济收入", "村集体经济收入", "村集体经济收入（万元）", "收入（万元）", "收入", "金额（万元）"], true,
            "该村当年的村集体经济收入，单位万元，不小于0，可带小数。", "12.5"),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一个村一个年度。同一村、同一年度视为同一项；系统中已有该村该年度的收入且金额相同的行跳过，金额不同的行报错（请在“村集体经济收入”页面修改）。",
    ];
}
