using Dangjian.Core.Imports;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Commitments.Ledger;

namespace Dangjian.Core.Loop.Service.Ledger;

public enum ServiceSheetField { Organization, Kind, HeldOn, Title, Team, People, Tag }

/// <summary>The 为民办实事和志愿服务台账's columns: one row per deed or volunteer activity.</summary>
public static class ServiceSheet
{
    public const string Deed = "为民办实事";
    public const string Volunteer = "志愿服务";

    public static readonly IReadOnlyList<SheetColumn<ServiceSheetField>> Columns =
    [
        new(ServiceSheetField.Organization, "党组织", ["组织编码", "党组织名称", "支部名称", "组织名称"], true, "开展的党组织：组织编码、全称或简称。", "QS-XHC"),
        new(ServiceSheetField.Kind, "类别", ["事项类别", "服务类别", "类型"], true, "为民办实事、志愿服务（或“志愿服务活动”）。", Deed),
        new(ServiceSheetField.HeldOn, "日期", ["办理日期", "活动日期", "时间"], true, "实际办理或开展的日期，不能晚于今天。", "2026-05-20"),
        new(ServiceSheetField.Title, "事项", ["事项名称", "活动名称", "内容", "名称"], true, "不超过200个字。", "为留守老人修缮房屋"),
        new(ServiceSheetField.Team, "志愿服务队", ["服务队", "服务队名称"], false, "志愿服务活动的服务队名称，不超过100个字。", ""),
        new(ServiceSheetField.People, "人数", ["参与人次", "服务人数", "人次"], false, "参加的志愿者或受益的群众人数（按记录口径），0到100000；不填为0。", "12"),
        new(ServiceSheetField.Tag, "本县类别", ["本县子类别", "子类别", "细类"], false, "县委组织部设置的本县类别或子类别（如“扶助学生”），填名称或编码；可不填。", ""),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一件实事或一次志愿服务活动。",
        "同一党组织、同一天、同一类别、同一事项的两行视为同一件事。",
    ];
}
