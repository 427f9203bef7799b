using Dangjian.Core.Imports;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.HonorRoll.Ledger;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Loop.Talks.Ledger;

namespace Dangjian.Core.Loop.Accountability.Ledger;

public enum AccountabilitySheetField { Organization, DecidedOn, PersonName, Measure, Reason }

/// <summary>The 问责台账's columns: one row per person held accountable by one decision.</summary>
public static class AccountabilitySheet
{
    public static readonly IReadOnlyList<SheetColumn<AccountabilitySheetField>> Columns =
    [
        new(AccountabilitySheetField.Organization, "问责单位", ["作出决定的党组织", "决定单位", "党组织"], false,
            "作出问责决定的党组织：组织编码、全称或简称；不填即为导入账号所在的党组织。", "QS"),
        new(AccountabilitySheetField.DecidedOn, "决定日期", ["问责日期", "日期", "决定时间"], true, "作出问责决定的日期，不能晚于今天。", "2026-05-20"),
        new(AccountabilitySheetField.PersonName, "被问责人", ["姓名", "问责对象"], true, "一人一行，不超过40个字。", "张三"),
        new(AccountabilitySheetField.Measure, "问责方式", ["处理方式", "问责形式"], true, "如通报批评、诫勉谈话、党纪处分，不超过100个字。", "诫勉谈话"),
        new(AccountabilitySheetField.Reason, "问责事由", ["事由", "问责原因"], true, "不超过1000个字。", "履行党建责任不力"),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一人次问责；一个决定问责多人的，每人写一行。",
        "同一问责单位、同一决定日期、同一被问责人、同一问责方式的两行视为同一次问责。",
    ];
}
