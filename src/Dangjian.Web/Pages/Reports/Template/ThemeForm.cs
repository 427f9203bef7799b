using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>One theme of 一、: its words, and its sentences with clauses one a line; a sentence without clauses is dropped.</summary>
public sealed class ThemeForm
{
    public string? Theme { get; set; }
    public string? Lead { get; set; }
    public string? Close { get; set; }
    public List<SentenceForm> Sentences { get; set; } = [];

    /// <summary>The theme's fields and one empty sentence to add.</summary>
    public static ThemeForm From(ThemeTemplate? theme) => new()
    {
        Theme = theme?.Theme, Lead = theme?.Lead, Close = theme?.Close,
        Sentences = [.. (theme?.Sentences ?? []).Select(SentenceForm.From), new SentenceForm()],
    };

    public IEnumerable<(string Field, string Message)> Errors()
    {
        if (string.IsNullOrWhiteSpace(Theme))
        {
            yield return ("Form.Theme", "主题不能为空。");
        }

        if (Sentences.All(s => WordingForm.Lines(s.Clauses).Count == 0))
        {
            yield return ("Form.Sentences", "至少要有一句带分句的句子：没有分句的一段不会出现在报告中。");
        }
    }

    public ThemeTemplate ToTemplate() => new()
    {
        Theme = (Theme ?? "").Trim(), Lead = (Lead ?? "").Trim(), Close = (Close ?? "").Trim(),
        Sentences = Sentences.Where(s => WordingForm.Lines(s.Clauses).Count > 0).Select(s => s.ToTemplate()).ToList(),
    };
}

public sealed class SentenceForm
{
    public string? Prefix { get; set; }
    public string? Clauses { get; set; }
    public string? Suffix { get; set; }

    public static SentenceForm From(SentenceTemplate s) => new() { Prefix = s.Prefix, Clauses = string.Join("\n", s.Clauses), Suffix = s.Suffix };

    public SentenceTemplate ToTemplate() => new() { Prefix = (Prefix ?? "").Trim(), Clauses = WordingForm.Lines(Clauses), Suffix = (Suffix ?? "").Trim() };
}
