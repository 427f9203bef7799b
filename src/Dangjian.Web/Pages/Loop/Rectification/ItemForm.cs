using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;

namespace Dangjian.Web.Pages.Loop.Rectification;

public sealed class ItemForm
{
    [Required(ErrorMessage = "请选择责任单位")]
    public int? OrganizationId { get; set; }

    public RectificationSource Source { get; set; } = RectificationSource.ReviewComment;

    [Required(ErrorMessage = "请填写问题")]
    [StringLength(1000, ErrorMessage = "问题不能超过1000个字")]
    public string Problem { get; set; } = "";

    [StringLength(1000, ErrorMessage = "整改措施不能超过1000个字")]
    public string? Measures { get; set; }

    /// <summary>
    /// 交办日期: the day the item was raised, today when left empty, a past one when entered afterwards (补录 is read from
    /// the entry time in the item's history).
    /// </summary>
    public DateOnly? RaisedOn { get; set; }

    [Required(ErrorMessage = "请填写整改时限")]
    public DateOnly? Deadline { get; set; }
}
