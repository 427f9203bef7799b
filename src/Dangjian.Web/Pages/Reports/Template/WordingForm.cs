using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>The county's title pattern, opening, lead of 三、 and default measures (one a line); a value equal to the default is not the county's own.</summary>
public sealed class WordingForm
{
    public string? Title { get; set; }
    public string? Opening { get; set; }
    public string? NextStepsLead { get; set; }
    public string? DefaultMeasures { get; set; }

    public static WordingForm From(ReportTemplate effective) => new()
    {
        Title = effective.Title, Opening = effective.Opening, NextStepsLead = effective.NextStepsLead,
        DefaultMeasures = string.Join("\n", effective.DefaultMeasures ?? []),
    };

    public IEnumerable<(string Field, string Message)> Errors()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return ("Form.Title", "标题不能为空。");
        }

        if (string.IsNullOrWhiteSpace(Opening))
        {
            yield return ("Form.Opening", "开头不能为空。");
        }

        if (string.IsNullOrWhiteSpace(NextStepsLead))
        {
            yield return ("Form.NextStepsLead", "“三、下一步工作思路和措施”的开头不能为空。");
        }

        if (Lines(DefaultMeasures).Count == 0)
        {
            yield return ("Form.DefaultMeasures", "至少写一条默认措施。");
        }
    }

    public ReportTemplate ApplyTo(ReportTemplate parts)
    {
        var d = ReportTemplate.Default;
        var measures = Lines(DefaultMeasures);
        return parts with
        {
            Title = Own(Title, d.Title), Opening = Own(Opening, d.Opening), NextStepsLead = Own(NextStepsLead, d.NextStepsLead),
            DefaultMeasures = CountyTemplates.Same(measures, d.DefaultMeasures ?? []) ? null : measures,
        };
    }

    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Own(string? value, string? byDefault) => value?.Trim() is { } v && v != byDefault ? v : null;
}
