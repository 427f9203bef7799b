using Dangjian.Core.Imports;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Loop.Service.Ledger;

namespace Dangjian.Core.Loop.Commitments.Ledger;

public enum CommitmentSheetField { Organization, SecretaryName, Content, DueOn, Progress, FulfilledOn }

/// <summary>The commitment ledger's columns: one row per public commitment (承诺事项) with its progress and fulfilment.</summary>
public static class CommitmentSheet
{
    public static readonly IReadOnlyList<SheetColumn<CommitmentSheetField>> Columns =
    [
        new(CommitmentSheetField.Organization, "党组织", ["组织编码", "党组织名称", "组织名称", "承诺单位", "单位"], true,
            "作出承诺的党组织（书记承诺填书记所在的党组织）：组织编码、全称或简称。", "QS-XHC"),
        new(CommitmentSheetField.SecretaryName, "承诺书记", ["书记姓名", "承诺人", "书记"], false,
            $"书记个人承诺填书记姓名（不超过{CommitmentRules.SecretaryNameMax}个字）；党组织的承诺不填。", "张三"),
        new(CommitmentSheetField.Content, "承诺内容", ["承诺事项", "内容", "事项"], true, $"不超过{CommitmentRules.ContentMax}个字。", "年内硬化村内道路2公里"),
        new(CommitmentSheetField.DueOn, "完成时限", ["承诺完成时限", "时限", "完成时间", "承诺时限"], true,
            "承诺完成的日期，如 2026-12-31；承诺事项按完成时限所在的年度统计。", "2026-12-31"),
        new(CommitmentSheetField.Progress, "进展情况", ["进展", "推进情况", "完成情况"], false, $"不超过{CommitmentRules.ProgressMax}个字。", "已完成1.5公里"),
        new(CommitmentSheetField.FulfilledOn, "兑现日期", ["兑现时间", "完成日期", "践诺日期"], false,
            "已兑现的填兑现的日期（不能晚于今天）；未兑现的不填。履诺率按兑现日期计算。", ""),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一项承诺。同一党组织（书记承诺还须同一书记）、同一完成时限、同一承诺内容视为同一项承诺。",
        "已在系统中的承诺再次导入时跳过，不会用文件中的进展情况或兑现日期改写系统中的记录；请在“公开承诺事项”页面逐条更新。",
    ];
}
