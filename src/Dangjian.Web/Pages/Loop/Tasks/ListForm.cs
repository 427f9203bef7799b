using System.ComponentModel.DataAnnotations;

namespace Dangjian.Web.Pages.Loop.Tasks;

public sealed class ListForm
{
    [Range(2000, 2100, ErrorMessage = "请填写正确的年度")]
    public int Year { get; set; }

    [Required(ErrorMessage = "请填写清单名称")]
    [StringLength(200, ErrorMessage = "清单名称不能超过200个字")]
    public string Title { get; set; } = "";

    /// <summary>One item a line: "月份 事项", e.g. "3 召开年度组织生活会".</summary>
    [Required(ErrorMessage = "请填写任务事项")]
    public string Items { get; set; } = "";

    public List<int> Receivers { get; set; } = [];

    /// <summary>Parses the items; null with an error message when a line has no month 1–12 before the task.</summary>
    public (List<(int Month, string Title)> Items, string? Error) Parse()
    {
        var items = new List<(int, string)>();
        foreach (var line in Items.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var digits = new string(line.TakeWhile(char.IsAsciiDigit).ToArray());
            var title = line[digits.Length..].TrimStart(' ', '月', '|', '、', '.', '：', ':').Trim();
            if (!int.TryParse(digits, out var month) || month is < 1 or > 12 || title.Length == 0 || title.Length > 1000)
            {
                return ([], $"无法识别“{line}”：每行以月份开头，如“3 召开年度组织生活会”。");
            }

            items.Add((month, title));
        }

        return (items, items.Count == 0 ? "请填写任务事项" : null);
    }
}
