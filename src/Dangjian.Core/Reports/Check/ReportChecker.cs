namespace Dangjian.Core.Reports.Check;

/// <summary>Checks a duty report's text: every finding kind and every figure, ordered by position.</summary>
public static class ReportChecker
{
    public static ReportCheckResult Check(string text, int? year = null)
    {
        var report = new ReportText(text.ReplaceLineEndings("\n"), year);
        var scan = FigureExtractor.Scan(report);
        var findings = PatternChecks.Placeholders(report)
            .Concat(PatternChecks.WebResidue(report))
            .Concat(PatternChecks.RepeatedPunctuation(report))
            .Concat(BalanceCheck.Check(report))
            .Concat(YearCheck.Check(report))
            .Concat(SectionCheck.Check(report))
            .Concat(ContradictionCheck.Check(report, scan.Figures))
            .Concat(UnitCheck.Check(report, scan))
            .OrderBy(f => f.Start).ThenBy(f => f.Kind)
            .ToList();
        return new ReportCheckResult(report, findings, scan.Figures);
    }
}

/// <summary>The outcome of checking one text: its findings and figures (positions refer to <see cref="ReportText.Text"/>).</summary>
public sealed record ReportCheckResult(ReportText Report, IReadOnlyList<Finding> Findings, IReadOnlyList<ClaimedFigure> Figures)
{
    public int? Year => Report.Year;

    public int LineOf(int at) => Report.Line(at);
}
