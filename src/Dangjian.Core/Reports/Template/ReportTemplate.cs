using System.Text.Json;
using Dangjian.Core.Indicators;

namespace Dangjian.Core.Reports.Template;

/// <summary>
/// The wording of a duty report as data (DefaultReportTemplate.json; a county's <see cref="CountyReportTemplate"/> replaces
/// the parts it gives and adds or replaces indicators). Placeholders: {organization}, {year}, {nextYear}, {period} ("全年" or
/// "截至12月3日", <see cref="Period"/>), {campaigns} and {slogans} (the township's <see cref="Dangjian.Core.Reports.Highlights.Campaign"/>s of the
/// year, each in quotes; a clause holding one is left out when the township has none); figures {{fig:indicator-id}},
/// comparisons {{cmp:indicator-id}}.
/// </summary>
public sealed record ReportTemplate
{
    public string? Title { get; init; }
    public string? Opening { get; init; }
    public List<ThemeTemplate>? Highlights { get; init; }
    public List<ProblemRule>? Problems { get; init; }

    /// <summary>Printed as the only problem when the data suggests none (the secretary rewrites it).</summary>
    public string? NoProblems { get; init; }
    public string? NoProblemsCause { get; init; }
    public string? CausesLead { get; init; }

    /// <summary>
    /// The causes of 二、 problem rules refer to by <see cref="CauseTemplate.Key"/>: a cause is printed once however many of
    /// the year's problems share it, in this order, so the causes are not a one-for-one mirror of the problems.
    /// </summary>
    public List<CauseTemplate>? Causes { get; init; }

    /// <summary>How a highlight (亮点) is woven into its theme of 一、: {place}, {event}, {narrative}.</summary>
    public string? HighlightSentence { get; init; }

    /// <summary>The same for a highlight without a place.</summary>
    public string? HighlightSentenceWithoutPlace { get; init; }
    public string? NextStepsLead { get; init; }

    /// <summary>Measures printed when neither the data nor the user propose any.</summary>
    public List<string>? DefaultMeasures { get; init; }
    public List<IndicatorDefinition>? Indicators { get; init; }

    /// <summary>How last year's review comments and their rectification are stated in 二、 (<see cref="Reviews.ReviewCommentProblems"/>).</summary>
    public Reviews.ReviewCommentWording? ReviewComments { get; init; }

    /// <summary>How the period of the figures is named ({period}); bulletins use it too.</summary>
    public PeriodWording? Period { get; init; }

    public static ReportTemplate Default { get; } = Load();

    /// <summary>This template with a county's parts laid over it.</summary>
    public ReportTemplate With(ReportTemplate county) => new()
    {
        Title = county.Title ?? Title,
        Opening = county.Opening ?? Opening,
        Highlights = county.Highlights ?? Highlights,
        Problems = county.Problems ?? Problems,
        NoProblems = county.NoProblems ?? NoProblems,
        NoProblemsCause = county.NoProblemsCause ?? NoProblemsCause,
        CausesLead = county.CausesLead ?? CausesLead,
        Causes = county.Causes ?? Causes,
        HighlightSentence = county.HighlightSentence ?? HighlightSentence,
        HighlightSentenceWithoutPlace = county.HighlightSentenceWithoutPlace ?? HighlightSentenceWithoutPlace,
        NextStepsLead = county.NextStepsLead ?? NextStepsLead,
        DefaultMeasures = county.DefaultMeasures ?? DefaultMeasures,
        Indicators = [.. Indicators ?? [], .. county.Indicators ?? []],
        ReviewComments = county.ReviewComments ?? ReviewComments,
        Period = county.Period ?? Period,
    };

    public static ReportTemplate Parse(string json) =>
        JsonSerializer.Deserialize<ReportTemplate>(json, IndicatorCatalog.Json) ?? throw new JsonException("模板为空。");

    private static ReportTemplate Load()
    {
        using var stream = typeof(ReportTemplate).Assembly.GetManifestResourceStream("Dangjian.Core.Reports.DefaultReportTemplate.json")!;
        return JsonSerializer.Deserialize<ReportTemplate>(stream, IndicatorCatalog.Json)!;
    }
}

/// <summary>
/// One theme of 一、: "一是{Theme}。{Lead}{sentences}{highlights}{Close}". Printed only when one of its sentences has a figure
/// or a highlight of the year belongs to it.
/// </summary>
public sealed record ThemeTemplate
{
    /// <summary>What a highlight names to go under this theme; without one, the theme's words are its key.</summary>
    public string? Key { get; init; }
    public required string Theme { get; init; }
    [System.Text.Json.Serialization.JsonIgnore]
    public string KeyOrTheme => string.IsNullOrWhiteSpace(Key) ? Theme : Key;
    public string Lead { get; init; } = "";
    public List<SentenceTemplate> Sentences { get; init; } = [];
    public string Close { get; init; } = "";
}

/// <summary>Prefix + the clauses whose figures all have data, joined with "，" + suffix + "。"; nothing when no clause is left.</summary>
public sealed record SentenceTemplate
{
    public string Prefix { get; init; } = "";
    public List<string> Clauses { get; init; } = [];
    public string Suffix { get; init; } = "";
}

/// <summary>
/// A problem proposed from the data: when indicator <see cref="When"/> has data and lies in [AtLeast, Below)
/// — or, with <see cref="WhenMissing"/>, has no data — propose the problem, its cause and a measure for 三、.
/// </summary>
public sealed record ProblemRule
{
    public required string When { get; init; }
    public decimal? AtLeast { get; init; }
    public decimal? Below { get; init; }
    public bool WhenMissing { get; init; }
    public required string Problem { get; init; }

    /// <summary>A <see cref="CauseTemplate.Key"/> of the template's causes, or the cause's own words.</summary>
    public required string Cause { get; init; }
    public required string Measure { get; init; }
}

/// <summary>A cause of 二、 shared by the problem rules that name its key.</summary>
public sealed record CauseTemplate
{
    public required string Key { get; init; }
    public required string Text { get; init; }
}
