using Dangjian.Core.Imports;

namespace Dangjian.Core.Statistics.Ledger;

public enum StatisticSheetField { Organization, Year, Statistic, Value }

/// <summary>The yearly-statistics ledger's columns: one row per organization, statistic and year.</summary>
public static class StatisticSheet
{
    public static readonly IReadOnlyList<SheetColumn<StatisticSheetField>> Columns =
    [
        new(StatisticSheetField.Organization, "党组织", ["组织编码", "党组织名称", "村", "村名", "单位"], true,
            "填报的党组织：组织编码、全称或简称（须是该统计项适用的党组织）。", "QS-XHC"),
        new(StatisticSheetField.Year, "年度", ["年份", "统计年度"], true, "数值所属的年度，如 2025，不能晚于今年。", "2025"),
        new(StatisticSheetField.Statistic, "统计项", ["统计项目", "指标", "项目", "统计项编码"], true,
            "县委组织部设置的年度统计项：名称或编码（见“年度统计项”页面）。", "人均可支配收入"),
        new(StatisticSheetField.Value, "数值", ["数据", "数量", "金额", "值"], true,
            "按统计项的单位填写的数字，小数位数不超过该统计项的设置。", "15230"),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一个党组织、一个统计项、一个年度。同一党组织、统计项、年度视为同一项：系统中已有且数值相同的行跳过，数值不同的行报错（请在“年度统计”页面修改）。",
    ];
}
