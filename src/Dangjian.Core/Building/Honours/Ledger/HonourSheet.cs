using Dangjian.Core.Imports;

namespace Dangjian.Core.Building.Honours.Ledger;

public enum HonourSheetField { Organization, Name, Level, ConferredOn, Person, ConferredBy, Note }

/// <summary>The 表彰台账's columns: one row per honour of an organization or a person.</summary>
public static class HonourSheet
{
    public static readonly IReadOnlyList<SheetColumn<HonourSheetField>> Columns =
    [
        new(HonourSheetField.Organization, "党组织", ["受表彰党组织", "所在党组织", "组织编码", "党组织名称"], true,
            "受表彰的党组织，个人表彰填其所在党组织：组织编码、全称或简称，须在导入账号的管辖范围内。", "QS-XHC"),
        new(HonourSheetField.Name, "表彰名称", ["表彰", "荣誉称号", "称号"], true, "本县的表彰名称（县委组织部在“表彰名称”中维护），如“优秀共产党员”。", "优秀共产党员"),
        new(HonourSheetField.Level, "级别", ["表彰级别"], true, "区级、县级、市级、省级或国家级。", "县级"),
        new(HonourSheetField.ConferredOn, "表彰日期", ["日期", "授予日期"], true, "如 2025-07-01；可以是往年，按该日期计入年度。", "2026-07-01"),
        new(HonourSheetField.Person, "姓名", ["受表彰个人", "个人姓名"], false,
            "个人表彰必填，集体表彰不填；与所在党组织名册中唯一一名党员同名时关联到该党员，不超过40个字。", "王建华"),
        new(HonourSheetField.ConferredBy, "授予单位", ["表彰单位"], false, "不超过100个字。", "中共××县委"),
        new(HonourSheetField.Note, "事迹", ["主要事迹", "备注"], false, "不超过1000个字。", "带领群众发展制种产业"),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一项表彰。表彰名称须是本县已有的名称；名称注明的表彰对象（集体或个人）决定“姓名”是否填写。",
        "同一党组织（个人表彰为同一人）、同一年度、同一级别的同一表彰视为同一项。",
    ];
}
