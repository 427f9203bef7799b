using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>A report as composed: title, paragraphs with figure tokens, and each token's value at composing time.</summary>
public sealed record ComposedReport(string Title, IReadOnlyList<ComposedParagraph> Paragraphs, IReadOnlyDictionary<string, string> Figures)
{
    public string Render(ReportSection section) =>
        string.Join("\n", Paragraphs.Where(p => p.Section == section).Select(p => FigureTokens.Render(p.Text, Figures.GetValueOrDefault)));
}

public sealed record ComposedParagraph(ReportSection Section, string Text);

/// <summary>
/// A problem for 二、 with its cause (its words, or the key of one of the template's causes) and the measure that answers it
/// in 三、. <see cref="Key"/> names it among the suggestions the secretary may leave out.
/// </summary>
public sealed record ProposedProblem(string Problem, string Cause, string Measure, string Key = "");

/// <summary>
/// Proposes problems for 二、存在问题及原因. Built in: <see cref="IndicatorProblems"/> (rules over indicator values);
/// passed to the composer by <see cref="ReportDrafts"/>: <see cref="Reviews.ReviewCommentProblems"/> (last year's
/// review comments and the state of their rectification).
/// </summary>
public interface IReportProblemSource
{
    Task<IReadOnlyList<ProposedProblem>> ProposeAsync(ReportInput input, IReadOnlyDictionary<string, Indicators.IndicatorValue> values, CancellationToken ct);
}

/// <summary>
/// What a report is composed for: a township, a year, the secretary's own plans, problems and causes (one per line, in her
/// own words), and the keys of the proposed problems she left out (<see cref="ProposedProblem.Key"/>; none: all are taken).
/// </summary>
public sealed record ReportInput(Organizations.Organization Organization, int Year, string? Plans = null, string? Problems = null,
    string? Causes = null, IReadOnlyCollection<string>? Declined = null)
{
    /// <summary>The template the report is composed with, handed to the problem sources so they do not read it again.</summary>
    public Template.ReportTemplate? Template { get; init; }
}
