using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Time;
using Dangjian.Core.WorkRecords;

namespace Dangjian.Web.Pages.WorkRecords;

/// <summary>The entry form of a work record; the category decides what the quantity means and whether participants count.</summary>
public sealed class WorkRecordForm
{
    [Required(ErrorMessage = "请选择党组织")]
    public int? OrganizationId { get; set; }

    [Required(ErrorMessage = "请选择类别")]
    public int? CategoryId { get; set; }

    /// <summary>The county's own category or sub-category (a campaign…), if any.</summary>
    public int? TagId { get; set; }

    [Required(ErrorMessage = "请填写日期")]
    [FactDate("日期")]
    public DateOnly? HeldOn { get; set; }

    [Required(ErrorMessage = "请填写名称"), StringLength(WorkRecordRules.TitleMax, ErrorMessage = "名称不超过200字")]
    public string Title { get; set; } = "";

    [Range(WorkRecordRules.QuantityMin, WorkRecordRules.QuantityMax, ErrorMessage = "数量应大于0")]
    public decimal Quantity { get; set; } = 1;

    [Range(1, WorkRecordRules.ParticipantsMax, ErrorMessage = "人次应为正整数")]
    public int? Participants { get; set; }

    [StringLength(WorkRecordRules.LedByMax, ErrorMessage = "不超过40字")]
    public string? LedBy { get; set; }

    /// <summary>The township leader's account who led it (带队领导), chosen from <see cref="CreateModel.Leaders"/>.</summary>
    public int? LedByUserId { get; set; }

    [StringLength(WorkRecordRules.PlaceMax, ErrorMessage = "不超过100字")]
    public string? Place { get; set; }

    [StringLength(WorkRecordRules.NotesMax, ErrorMessage = "不超过4000字")]
    public string? Notes { get; set; }
}
