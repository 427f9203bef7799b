using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Rectification;

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

    [Required(ErrorMessage = "请填写整改时限")]
    public DateOnly? Deadline { get; set; }
}
