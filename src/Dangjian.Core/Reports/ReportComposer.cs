using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>
/// Drafts the three-part duty report of a township for a year from its records: 一、 themes whose sentences are filled from
/// indicators (a figure without data is left out with its clause) followed by the year's highlights in the township's words,
/// 二、 the secretary's own problems, then the proposed problems she did not leave out, and their shared causes, 三、 the
/// measures answering those problems merged with her plans (<see cref="OwnWords"/>). Wording comes from the county's template.
/// </summary>
public sealed class ReportComposer(AppDbContext db, DateOnly today, IEnumerable<IReportProblemSource>? extraProblemSources = null)
{
    // what the indicators read once for every organization (the county's statistics), kept while one composer drafts several townships
    private readonly Dictionary<string, object> shared = [];

    public async Task<ComposedReport> ComposeAsync(ReportInput input, CancellationToken ct = default)
    {
        await using var held = await HeldConnection.OpenAsync(db, ct);
        return await ComposeAsync(input, await TemplateAsync(input.Organization, db, ct), ct);
    }

    /// <summary>Composes with the given template (a county's template being edited, previewed before it is saved).</summary>
    public async Task<ComposedReport> ComposeAsync(ReportInput input, ReportTemplate template, CancellationToken ct = default)
    {
        await using var held = await HeldConnection.OpenAsync(db, ct);
        var (values, problems) = await ProposeAsync(input, template, withThemes: true, ct);
        var figures = Figures(values);
        var words = await YearWords.LoadAsync(db, input.Organization, input.Year, ct);

        var paragraphs = new List<ComposedParagraph>
        {
            new(ReportSection.Opening, template.Opening ?? ""),
        };
        paragraphs.AddRange(Numbered((template.Highlights ?? []).Select(t => Theme(t, figures, words, template)).OfType<string>())
            .Select(t => new ComposedParagraph(ReportSection.Highlights, t)));

        // 二、: her own problems lead, then the proposals she did not leave out; causes are shared, not one per problem
        var declined = input.Declined ?? [];
        var taken = problems.Where(p => !declined.Contains(p.Key)).ToList();
        var own = OwnWords.Merge([], OwnWords.Lines(input.Problems));
        var problemTexts = own.Concat(taken.Select(p => p.Problem).Where(p => !own.Any(o => OwnWords.Same(o, p)))).ToList();
        var causes = Causes(taken, template);
        if (problemTexts.Count == 0 && template.NoProblems is { } none)
        {
            problemTexts.Add(none);
            causes = [template.NoProblemsCause ?? ""];
        }

        paragraphs.AddRange(Numbered(problemTexts).Select(t => new ComposedParagraph(ReportSection.Problems, t)));
        var allCauses = OwnWords.Merge(causes, OwnWords.Lines(input.Causes));
        if (allCauses.Count > 0)
        {
            paragraphs.Add(new(ReportSection.Causes, (template.CausesLead ?? "") + string.Concat(Numbered(allCauses))));
        }

        paragraphs.Add(new(ReportSection.NextSteps, template.NextStepsLead ?? ""));
        var measures = OwnWords.Merge(taken.Select(p => p.Measure), OwnWords.Lines(input.Plans));
        paragraphs.AddRange(Numbered(measures.Count > 0 ? measures : template.DefaultMeasures ?? []).Select(m => new ComposedParagraph(ReportSection.NextSteps, m)));

        var period = (template.Period ?? new PeriodWording()).Year(input.Year, today);
        return new(Fill(template.Title ?? "", input, period, words), paragraphs.Select(p => p with { Text = Fill(p.Text, input, period, words) }).ToList(), figures);
    }

    /// <summary>The problems the data proposes for 二、 (every source, before the secretary takes or leaves them).</summary>
    public async Task<IReadOnlyList<ProposedProblem>> SuggestionsAsync(ReportInput input, CancellationToken ct = default)
    {
        var template = await TemplateAsync(input.Organization, db, ct);
        var (values, problems) = await ProposeAsync(input, template, withThemes: false, ct);
        var figures = Figures(values);
        var period = (template.Period ?? new PeriodWording()).Year(input.Year, today);
        return problems.Select(p => p with { Problem = FigureTokens.Render(Fill(p.Problem, input, period, null), figures.GetValueOrDefault) }).ToList();
    }

    private async Task<(Dictionary<string, IndicatorValue> Values, List<ProposedProblem> Problems)> ProposeAsync(ReportInput input, ReportTemplate template, bool withThemes, CancellationToken ct)
    {
        var service = new IndicatorService(db, IndicatorCatalog.Builtin.With(template.Indicators ?? []), today, shared: shared);
        var problemRules = template.Problems ?? [];
        var ids = (withThemes ? template.Highlights ?? [] : []).SelectMany(t => t.Sentences).SelectMany(s => s.Clauses).SelectMany(FigureTokens.Keys).Select(k => k[4..])
            .Concat(IndicatorProblems.Indicators(problemRules));
        var values = (await service.ComputeAsync(ids, input.Organization, input.Year, ct)).ToDictionary(v => v.Definition.Id);
        var problems = new List<ProposedProblem>();
        foreach (var source in new IReportProblemSource[] { new IndicatorProblems(problemRules) }.Concat(extraProblemSources ?? []))
        {
            problems.AddRange(await source.ProposeAsync(input with { Template = template }, values, ct));
        }

        return (values, problems.Select((p, i) => p.Key.Length > 0 ? p : p with { Key = "problem-" + i }).ToList());
    }

    /// <summary>The causes of the problems taken: a template cause once however many problems name its key, in the template's order.</summary>
    private static List<string> Causes(IEnumerable<ProposedProblem> problems, ReportTemplate template)
    {
        var named = (template.Causes ?? []).ToDictionary(c => c.Key, c => c.Text, StringComparer.Ordinal);
        var order = (template.Causes ?? []).Select(c => c.Key).ToList();
        return problems.Select(p => p.Cause).Where(c => c.Length > 0).Distinct()
            .OrderBy(c => named.ContainsKey(c) ? order.IndexOf(c) : order.Count)
            .Select(c => named.GetValueOrDefault(c, c)).Distinct().ToList();
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

    private static string? Theme(ThemeTemplate theme, IReadOnlyDictionary<string, string> figures, YearWords words, ReportTemplate template)
    {
        var sentences = theme.Sentences.Select(s => Sentence(s, figures, words)).OfType<string>()
            .Concat(words.Highlights[theme.KeyOrTheme].Select(h => Highlight(h, template))).ToList();
        return sentences.Count == 0 ? null : $"{theme.Theme}。{theme.Lead}{string.Concat(sentences)}{theme.Close}";
    }

    /// <summary>A highlight in the township's words: "在石门村召开产业发展现场推进会，带动群众增收20余万元。"</summary>
    private static string Highlight(Reports.Highlights.Highlight h, ReportTemplate template)
    {
        var wording = h.Place is null ? template.HighlightSentenceWithoutPlace ?? "{event}，{narrative}。" : template.HighlightSentence ?? "在{place}{event}，{narrative}。";
        return wording.Replace("{place}", h.Place ?? "", StringComparison.Ordinal).Replace("{event}", h.Event, StringComparison.Ordinal)
            .Replace("{narrative}", h.Narrative, StringComparison.Ordinal);
    }

    private static string? Sentence(SentenceTemplate sentence, IReadOnlyDictionary<string, string> figures, YearWords words)
    {
        var clauses = sentence.Clauses.Where(c => FigureTokens.Keys(c).Where(k => k.StartsWith("fig:", StringComparison.Ordinal)).All(figures.ContainsKey))
            .Where(c => (words.Campaigns.Count > 0 || !c.Contains(CampaignsPlaceholder, StringComparison.Ordinal))
                && (words.Slogans.Count > 0 || !c.Contains(SlogansPlaceholder, StringComparison.Ordinal))).ToList();
        if (clauses.Count == 0)
        {
            return null;
        }

        var body = sentence.Prefix + string.Join("，", clauses);
        return (sentence.Suffix.Length > 0 ? body + "，" + sentence.Suffix : body) + "。";
    }

    private static IEnumerable<string> Numbered(IEnumerable<string> items) =>
        items.Select((text, i) => $"{ChineseNumbers.Of(i + 1)}是{text}");

    private const string CampaignsPlaceholder = "{campaigns}";
    private const string SlogansPlaceholder = "{slogans}";

    private static string Fill(string text, ReportInput input, string period, YearWords? words) => text
        .Replace(CampaignsPlaceholder, YearWords.Quoted(words?.Campaigns ?? []), StringComparison.Ordinal)
        .Replace(SlogansPlaceholder, YearWords.Quoted(words?.Slogans ?? []), StringComparison.Ordinal)
        .Replace("{period}", period, StringComparison.Ordinal)
        .Replace("{organization}", input.Organization.Name, StringComparison.Ordinal)
        .Replace("{nextYear}", (input.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{year}", input.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
