using System.ComponentModel.DataAnnotations;

namespace Dangjian.Web.Pages.Loop.Inspections;

public sealed class FindingForm
{
    [Required(ErrorMessage = "请选择问题所在的党组织")]
    public int? OrganizationId { get; set; }

    [Required(ErrorMessage = "请填写发现的问题")]
    [StringLength(1000, ErrorMessage = "问题不能超过1000个字")]
    public string Description { get; set; } = "";

    /// <summary>
    /// The day the 问题提示单 was sent and the item raised: today when left empty, a past day when the inspection is
    /// entered afterwards.
    /// </summary>
    public DateOnly? On { get; set; }

    /// <summary>Send a 问题提示单 to the organization.</summary>
    public bool SendNotice { get; set; } = true;

    /// <summary>Raise a rectification item with this deadline (none when empty).</summary>
    public DateOnly? Deadline { get; set; }

    [StringLength(1000, ErrorMessage = "整改要求不能超过1000个字")]
    public string? Measures { get; set; }
}
