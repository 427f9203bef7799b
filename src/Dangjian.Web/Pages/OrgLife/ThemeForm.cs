using System.ComponentModel.DataAnnotations;

namespace Dangjian.Web.Pages.OrgLife;

public sealed class ThemeForm
{
    [Range(2000, 2100, ErrorMessage = "年份不正确")]
    public int Year { get; set; }

    [Range(1, 12, ErrorMessage = "月份应在1到12之间")]
    public int Month { get; set; }

    [Required(ErrorMessage = "请填写本月主题")]
    [StringLength(200, ErrorMessage = "主题不能超过200个字")]
    public string Title { get; set; } = "";

    [StringLength(4000, ErrorMessage = "说明不能超过4000个字")]
    public string? Notes { get; set; }
}
