using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// One family of records that indicators are defined over (meetings, work records, members…). A new family (inspections,
/// commitments, collective income) adds one source: a query computing a figure in SQL and one listing the records behind it.
/// </summary>
public interface IIndicatorSource
{
    /// <summary>The name used in <see cref="IndicatorDefinition.Source"/>.</summary>
    string Name { get; }

    /// <summary>The figure, or null when there is no data (no records, nothing to average).</summary>
    Task<Figure?> ComputeAsync(IndicatorDefinition definition, IndicatorContext context, CancellationToken ct);

    Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition definition, IndicatorContext context, CancellationToken ct);
}

/// <summary>
/// What an indicator is computed for: an organization (its subtree, seen through the caller's scope), a calendar year,
/// the date the figures are taken on, and for term comparisons how many terms to step back.
/// </summary>
public sealed record IndicatorContext(AppDbContext Db, Organization Organization, int Year, DateOnly Today, int TermsBack = 0)
{
    /// <summary>Results a source may reuse across indicators of the same organization and year (e.g. the compliance run).</summary>
    public Dictionary<string, object> Memo { get; init; } = [];

    public DateOnly From => new(Year, 1, 1);
    public DateOnly To => new(Year, 12, 31);
    public string Path => Organization.Path;
}

/// <summary>Small helpers shared by the sources.</summary>
internal static class SourceFigures
{
    /// <summary>A count is data only when something was counted: 0 records print nothing.</summary>
    public static Figure? CountOrNull(int n, string unit) => n == 0 ? null : Figure.Count(n, unit);

    public static Figure? SumOrNull(decimal? sum, string unit)
    {
        if (sum is not { } s || s == 0)
        {
            return null;
        }

        var decimals = s == decimal.Truncate(s) ? 0 : (s * 10 == decimal.Truncate(s * 10) ? 1 : 2);
        return new Figure(Figure.Round(s, decimals), unit, decimals);
    }

    public static string Label(DateOnly on, string what) => $"{on:yyyy-MM-dd} {what}";
}
