using System.Text;
using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>A sentence of a draft paragraph: its source (with tokens), its text, and whether a figure in it changed since drafting.</summary>
public sealed record RenderedSentence(string Source, string Text, bool Stale);

public sealed record RenderedParagraph(ReportParagraph Paragraph, IReadOnlyList<RenderedSentence> Sentences)
{
    public string Text => string.Concat(Sentences.Select(s => s.Text));
}

/// <summary>
/// A draft with figures filled in: an editable draft shows the current values (figures stay linked to their records)
/// and marks the sentences whose figures differ from those stored at drafting; a submitted draft shows what was submitted.
/// </summary>
public sealed record RenderedReport(ReportDraft Draft, IReadOnlyList<RenderedParagraph> Paragraphs, IReadOnlyDictionary<string, string> Values)
{
    public int StaleSentences => Paragraphs.Sum(p => p.Sentences.Count(s => s.Stale));

    public IEnumerable<RenderedParagraph> In(ReportSection section) => Paragraphs.Where(p => p.Paragraph.Section == section);

    /// <summary>The report as plain text, in the seeds' layout: title, opening, 一、二、三、 with their paragraphs.</summary>
    public string PlainText()
    {
        var text = new StringBuilder().AppendLine(Draft.Title).AppendLine();
        foreach (var (heading, sections) in ReportHeadings.All)
        {
            if (heading.Length > 0)
            {
                text.AppendLine(heading);
            }

            foreach (var p in Paragraphs.Where(p => sections.Contains(p.Paragraph.Section)))
            {
                text.AppendLine(p.Text);
            }
        }

        return text.ToString();
    }

    public static async Task<RenderedReport> RenderAsync(AppDbContext db, ReportDraft draft, Organization township, DateOnly today, CancellationToken ct = default)
    {
        var stored = draft.Figures.ToDictionary(f => f.IndicatorId, f => f.Text, StringComparer.Ordinal);
        var values = stored;
        if (draft.State == ReportState.Draft)
        {
            var template = await ReportComposer.TemplateAsync(township, db, ct);
            var catalog = IndicatorCatalog.Builtin.With(template.Indicators ?? []);
            var ids = draft.Paragraphs.SelectMany(p => FigureTokens.Keys(p.Text)).Select(k => k[4..]).Where(id => catalog.Find(id) is not null);
            var computed = await new IndicatorService(db, catalog, today).ComputeAsync(ids, township, draft.Year, ct);
            values = ReportComposer.Figures(computed.ToDictionary(v => v.Definition.Id));
        }

        var paragraphs = draft.Paragraphs.OrderBy(p => p.Position).Select(p => new RenderedParagraph(p, FigureTokens.Sentences(p.Text)
            .Select(s => new RenderedSentence(s, FigureTokens.Render(s, values.GetValueOrDefault),
                FigureTokens.Keys(s).Any(k => stored.GetValueOrDefault(k) != values.GetValueOrDefault(k)))).ToList())).ToList();
        return new(draft, paragraphs, values);
    }
}

/// <summary>The three headings of a duty report and the sections under each (the opening has no heading).</summary>
public static class ReportHeadings
{
    public static readonly IReadOnlyList<(string Heading, ReportSection[] Sections)> All =
    [
        ("", [ReportSection.Opening]),
        ("一、履职工作特色和亮点", [ReportSection.Highlights]),
        ("二、存在问题及原因", [ReportSection.Problems, ReportSection.Causes]),
        ("三、下一步工作思路和措施", [ReportSection.NextSteps]),
    ];
}
