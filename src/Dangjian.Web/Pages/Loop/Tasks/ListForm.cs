using System.ComponentModel.DataAnnotations;

namespace Dangjian.Web.Pages.Loop.Tasks;

public sealed class ListForm
{
    [Range(2000, 2100, ErrorMessage = "请填写正确的年度")]
    public int Year { get; set; }

    [Required(ErrorMessage = "请填写清单名称")]
    [StringLength(200, ErrorMessage = "清单名称不能超过200个字")]
    public string Title { get; set; } = "";

    /// <summary>One item a line: "月份 事项", e.g. "3 召开年度组织生活会" (read by <see cref="Core.Loop.Tasks.KeyTaskListEntry"/>).</summary>
    [Required(ErrorMessage = "请填写任务事项")]
    public string Items { get; set; } = "";

    public List<int> Receivers { get; set; } = [];
}
