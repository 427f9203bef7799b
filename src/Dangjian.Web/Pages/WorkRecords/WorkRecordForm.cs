using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Time;

namespace Dangjian.Web.Pages.WorkRecords;

/// <summary>The entry form of a work record; the category decides what the quantity means and whether participants count.</summary>
public sealed class WorkRecordForm
{
    [Required(ErrorMessage = "请选择党组织")]
    public int? OrganizationId { get; set; }

    [Required(ErrorMessage = "请选择类别")]
    public int? CategoryId { get; set; }

    [Required(ErrorMessage = "请填写日期")]
    [FactDate("日期")]
    public DateOnly? HeldOn { get; set; }

    [Required(ErrorMessage = "请填写名称"), StringLength(200, ErrorMessage = "名称不超过200字")]
    public string Title { get; set; } = "";

    [Range(0.01, 1_000_000, ErrorMessage = "数量应大于0")]
    public decimal Quantity { get; set; } = 1;

    [Range(1, 1_000_000, ErrorMessage = "人次应为正整数")]
    public int? Participants { get; set; }

    [StringLength(40, ErrorMessage = "不超过40字")]
    public string? LedBy { get; set; }

    [StringLength(100, ErrorMessage = "不超过100字")]
    public string? Place { get; set; }

    [StringLength(4000, ErrorMessage = "不超过4000字")]
    public string? Notes { get; set; }
}
