namespace Dangjian.Core.Figures;

/// <summary>
/// Compares a figure with its earlier value. Both comparisons use the printed (rounded) values, so a reader
/// can redo the arithmetic from the report: 47.8岁 → 41.6岁 is −13.0%; 63% → 68% is +5 个百分点 and +7.9%.
/// </summary>
public static class FigureComparison
{
    /// <summary>Change in % of the earlier value, one decimal; null when the earlier value is 0 (no base).</summary>
    public static Figure? Relative(Figure current, Figure previous) =>
        previous.Value == 0 ? null : new(Figure.Round((current.Value - previous.Value) * 100m / previous.Value, 1), Figure.Percent, 1, FigureKind.RelativeChange);

    /// <summary>Percentage points for shares, otherwise the difference in the figure's own unit.</summary>
    public static Figure Absolute(Figure current, Figure previous) => current.Unit == Figure.Percent
        ? new(current.Value - previous.Value, Figure.Points, current.Decimals, FigureKind.PointChange)
        : new(current.Value - previous.Value, current.Unit, current.Decimals, FigureKind.Difference);
}

/// <summary>One row of a comparison table: the figure now, before, and both ways of comparing them.</summary>
public sealed record ComparedFigure(string Label, Figure? Current, Figure? Previous)
{
    public Figure? Relative => Current is { } c && Previous is { } p ? FigureComparison.Relative(c, p) : null;

    public Figure? Absolute => Current is { } c && Previous is { } p ? FigureComparison.Absolute(c, p) : null;
}
