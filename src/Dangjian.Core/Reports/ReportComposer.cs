using Dangjian.Core.Data;
using Dangjian.Core.Indicators;

namespace Dangjian.Core.Reports;

/// <summary>
/// Drafts the three-part duty report of a township for a year from its records: 一、 themes whose sentences are filled from
/// indicators (a figure without data is left out with its clause), 二、 problems proposed by the problem sources and their
/// causes, 三、 measures answering those problems plus the secretary's own plans. Wording comes from the county's template.
/// </summary>
public sealed class ReportComposer(AppDbContext db, DateOnly today, IEnumerable<IReportProblemSource>? extraProblemSources = null)
{
    public async Task<ComposedReport> ComposeAsync(ReportInput input, CancellationToken ct = default) =>
        await ComposeAsync(input, await TemplateAsync(input.Organization, db, ct), ct);

    /// <summary>Composes with the given template (a county's template being edited, previewed before it is saved).</summary>
    public async Task<ComposedReport> ComposeAsync(ReportInput input, ReportTemplate template, CancellationToken ct = default)
    {
        var service = new IndicatorService(db, IndicatorCatalog.Builtin.With(template.Indicators ?? []), today);
        var problemRules = template.Problems ?? [];
        var ids = (template.Highlights ?? []).SelectMany(t => t.Sentences).SelectMany(s => s.Clauses).SelectMany(FigureTokens.Keys).Select(k => k[4..])
            .Concat(IndicatorProblems.Indicators(problemRules));
        var values = (await service.ComputeAsync(ids, input.Organization, input.Year, ct)).ToDictionary(v => v.Definition.Id);
        var figures = Figures(values);

        var paragraphs = new List<ComposedParagraph>
        {
            new(ReportSection.Opening, template.Opening ?? ""),
        };
        paragraphs.AddRange(Numbered((template.Highlights ?? []).Select(t => Theme(t, figures)).OfType<string>())
            .Select(t => new ComposedParagraph(ReportSection.Highlights, t)));

        var problems = new List<ProposedProblem>();
        foreach (var source in new IReportProblemSource[] { new IndicatorProblems(problemRules) }.Concat(extraProblemSources ?? []))
        {
            problems.AddRange(await source.ProposeAsync(input, values, ct));
        }

        if (problems.Count == 0 && template.NoProblems is { } none)
        {
            problems.Add(new(none, template.NoProblemsCause ?? "", ""));
        }

        paragraphs.AddRange(Numbered(problems.Select(p => p.Problem)).Select(t => new ComposedParagraph(ReportSection.Problems, t)));
        var causes = problems.Select(p => p.Cause).Where(c => c.Length > 0).Distinct().ToList();
        if (causes.Count > 0)
        {
            paragraphs.Add(new(ReportSection.Causes, (template.CausesLead ?? "") + string.Concat(Numbered(causes))));
        }

        paragraphs.Add(new(ReportSection.NextSteps, template.NextStepsLead ?? ""));
        var measures = problems.Select(p => p.Measure).Where(m => m.Length > 0).Concat(Plans(input.Plans)).Distinct().ToList();
        paragraphs.AddRange(Numbered(measures.Count > 0 ? measures : template.DefaultMeasures ?? []).Select(m => new ComposedParagraph(ReportSection.NextSteps, m)));

        var period = (template.Period ?? new PeriodWording()).Year(input.Year, today);
        return new(Fill(template.Title ?? "", input, period), paragraphs.Select(p => p with { Text = Fill(p.Text, input, period) }).ToList(), figures);
    }

    /// <summary>The default template with the county's parts over it (the county committee is an ancestor of the township).</summary>
    public static async Task<ReportTemplate> TemplateAsync(Organizations.Organization organization, AppDbContext db, CancellationToken ct = default) =>
        ReportTemplate.Default.With(await new CountyTemplates(db).PartsForAsync(organization, ct));

    /// <summary>"fig:id" → "25次" and "cmp:id" → "，较上届下降13.0%" for every indicator with data.</summary>
    public static Dictionary<string, string> Figures(IReadOnlyDictionary<string, IndicatorValue> values)
    {
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, value) in values)
        {
            if (value.Figure is { } f)
            {
                figures["fig:" + id] = f.Text;
                if (value.ComparisonText.Length > 0)
                {
                    figures["cmp:" + id] = "，" + value.ComparisonText;
                }
            }
        }

        return figures;
    }

    private static string? Theme(ThemeTemplate theme, IReadOnlyDictionary<string, string> figures)
    {
        var sentences = theme.Sentences.Select(s => Sentence(s, figures)).OfType<string>().ToList();
        return sentences.Count == 0 ? null : $"{theme.Theme}。{theme.Lead}{string.Concat(sentences)}{theme.Close}";
    }

    private static string? Sentence(SentenceTemplate sentence, IReadOnlyDictionary<string, string> figures)
    {
        var clauses = sentence.Clauses.Where(c => FigureTokens.Keys(c).Where(k => k.StartsWith("fig:", StringComparison.Ordinal)).All(figures.ContainsKey)).ToList();
        if (clauses.Count == 0)
        {
            return null;
        }

        var body = sentence.Prefix + string.Join("，", clauses);
        return (sentence.Suffix.Length > 0 ? body + "，" + sentence.Suffix : body) + "。";
    }

    private static IEnumerable<string> Numbered(IEnumerable<string> items) =>
        items.Select((text, i) => $"{ChineseNumbers.Of(i + 1)}是{text}");

    private static IEnumerable<string> Plans(string? plans) =>
        (plans ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.TrimEnd('。', '；', ';') + "。");

    private static string Fill(string text, ReportInput input, string period) => text
        .Replace("{period}", period, StringComparison.Ordinal)
        .Replace("{organization}", input.Organization.Name, StringComparison.Ordinal)
        .Replace("{nextYear}", (input.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{year}", input.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
