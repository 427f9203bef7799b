using Dangjian.Core.Imports;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres.Assignments.Ledger;

public enum AssignmentSheetField { Organization, Kind, Person, DispatchingUnit, StartedOn, EndedOn }

/// <summary>The 选派干部台账's columns: one row per person sent to an organization (第一书记, 党建指导员, 驻村工作队…).</summary>
public static class AssignmentSheet
{
    public static readonly IReadOnlyList<SheetColumn<AssignmentSheetField>> Columns =
    [
        new(AssignmentSheetField.Organization, "派驻党组织", ["党组织", "组织编码", "党组织名称", "派驻村", "派驻单位"], true,
            "选派到的党组织：组织编码、全称或简称。", "QS-XHC"),
        new(AssignmentSheetField.Kind, "选派类别", ["类别", "选派类型", "类型"], true,
            "第一书记、党建指导员、驻村工作队队员、专职村书记、专职村书记后备干部。", "第一书记"),
        new(AssignmentSheetField.Person, "姓名", ["选派人员", "人员姓名", "选派干部"], true, $"不超过{AssignmentEntry.PersonMax}个字。", "王明"),
        new(AssignmentSheetField.DispatchingUnit, "派出单位", ["选派单位", "原单位"], true, $"不超过{AssignmentEntry.UnitMax}个字。", "县农业农村局"),
        new(AssignmentSheetField.StartedOn, "选派日期", ["派驻日期", "开始日期", "到岗日期"], true, "实际选派的日期，不能晚于今天。", "2024-03-01"),
        new(AssignmentSheetField.EndedOn, "结束日期", ["期满日期", "离任日期", "召回日期"], false, "任期结束的日期（可以是以后的日期）；仍在任的不填。不能早于选派日期。", ""),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一人一次选派，规则与“选派干部”录入页面相同。",
        "同一党组织、同一选派类别、同一姓名、同一选派日期的两行视为同一次选派。",
    ];
}
