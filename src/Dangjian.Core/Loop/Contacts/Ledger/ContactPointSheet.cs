using Dangjian.Core.Imports;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Building.Projects.Ledger;
using Dangjian.Core.Guidance;

namespace Dangjian.Core.Loop.Contacts.Ledger;

public enum ContactPointSheetField { Leader, Organization, Kind, StartedOn, EndedOn, Note }

/// <summary>The 联系点台账's columns: one row per leader's contact point (包抓/联系点).</summary>
public static class ContactPointSheet
{
    public static readonly IReadOnlyList<SheetColumn<ContactPointSheetField>> Columns =
    [
        new(ContactPointSheetField.Leader, "联系领导", ["包抓领导", "领导", "联系领导姓名"], true,
            "领导的姓名：与本县乡镇（县）党委账号的姓名相同的，记到该账号（账号所在党委须在所联系党组织之上）；没有账号的领导照填姓名。", "张书记"),
        new(ContactPointSheetField.Organization, "联系党组织", ["党组织", "联系点", "组织编码", "党组织名称"], true,
            "所联系的党组织：组织编码、全称或简称。", "QS-XHC"),
        new(ContactPointSheetField.Kind, "联系点类别", ["类别", "类型", "联系点类型"], true,
            "本县的联系点类别名称或编码（见“领导联系点”页面的类别），如软弱涣散党组织、示范村。", "软弱涣散党组织"),
        new(ContactPointSheetField.StartedOn, "联系起始日期", ["起始日期", "开始日期", "日期"], true, "开始联系的日期，不能晚于今天。", "2025-03-01"),
        new(ContactPointSheetField.EndedOn, "结束日期", ["截止日期"], false, "不再联系的日期；仍在联系的不填。不能早于联系起始日期。", ""),
        new(ContactPointSheetField.Note, "备注", ["说明"], false, $"不超过{ContactPointEntry.NoteMax}个字。", ""),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一个联系点，规则与“领导联系点”录入页面相同。走访记录请在联系点页面逐次登记。",
        "同一联系领导、同一党组织、同一类别、同一起始日期的两行视为同一个联系点。",
    ];
}
