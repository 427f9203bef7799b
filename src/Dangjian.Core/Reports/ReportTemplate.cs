using System.Text.Json;
using Dangjian.Core.Indicators;

namespace Dangjian.Core.Reports;

/// <summary>
/// The wording of a duty report as data (DefaultReportTemplate.json; a county's <see cref="CountyReportTemplate"/> replaces
/// the parts it gives and adds or replaces indicators). Placeholders: {organization}, {year}, {nextYear}, {period} ("全年" or
/// "截至12月3日", <see cref="Period"/>); figures
/// {{fig:indicator-id}}, comparisons {{cmp:indicator-id}}.
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

/// <summary>One theme of 一、: "一是{Theme}。{Lead}{sentences}". Printed only when one of its sentences has a figure.</summary>
public sealed record ThemeTemplate
{
    public required string Theme { get; init; }
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
    public required string Cause { get; init; }
    public required string Measure { get; init; }
}
