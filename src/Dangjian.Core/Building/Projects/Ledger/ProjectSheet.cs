using Dangjian.Core.Imports;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Loop.Contacts.Ledger;

namespace Dangjian.Core.Building.Projects.Ledger;

public enum ProjectSheetField { Organization, Name, Kind, Status, StartedOn, CompletedOn, Amount, Outcome }

/// <summary>The 党建项目台账's columns: one row per project (党建示范项目, 党建+产业项目…).</summary>
public static class ProjectSheet
{
    public static readonly IReadOnlyList<SheetColumn<ProjectSheetField>> Columns =
    [
        new(ProjectSheetField.Organization, "党组织", ["组织编码", "党组织名称", "实施单位", "承担党组织"], true, "实施项目的党组织：组织编码、全称或简称。", "QS-XHC"),
        new(ProjectSheetField.Name, "项目名称", ["名称", "项目"], true, $"不超过{ProjectEntry.NameMax}个字。", "党建引领花椒产业示范园"),
        new(ProjectSheetField.Kind, "项目类别", ["类别", "类型", "项目类型"], true, "本县的项目类别名称或编码（见“党建项目”页面的类别），如党建示范项目。", "党建示范项目"),
        new(ProjectSheetField.Status, "项目状态", ["状态", "进展"], true, "计划、在建、完成（也可写已完成、实施中）。", "在建"),
        new(ProjectSheetField.StartedOn, "开工日期", ["开始日期", "实施日期", "计划开工日期"], true,
            "在建、完成的项目填实际开工日期，不能晚于今天；计划项目填计划开工日期。", "2025-04-01"),
        new(ProjectSheetField.CompletedOn, "完成日期", ["竣工日期", "完工日期"], false, "状态为“完成”的项目必填，其他状态不填；不能早于开工日期、不能晚于今天。", ""),
        new(ProjectSheetField.Amount, "资金（万元）", ["金额", "金额（万元）", "资金", "投入资金", "投资"], false, "项目资金，单位万元，大于0，可带小数；没有可不填。", "35.5"),
        new(ProjectSheetField.Outcome, "成效", ["项目成效", "成果", "效果"], false, $"不超过{ProjectEntry.OutcomeMax}个字。", ""),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一个项目，规则与“党建项目”录入页面相同。",
        "同一党组织、同一开工日期、同一项目名称的两行视为同一个项目。",
    ];
}
