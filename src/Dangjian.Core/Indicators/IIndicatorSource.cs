using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// One family of records that indicators are defined over (meetings, work records, members, inspections, commitments…).
/// A new family adds one source: a query computing a figure in SQL and one listing the records behind it.
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

    /// <summary>The count indicators asked for together (a report's), which <see cref="RecordSource{T}"/> counts from one statement.</summary>
    public CountBatch? Counts { get; init; }

    /// <summary>Results kept for every organization, year and term the same service computes (the county's statistics).</summary>
    public Dictionary<string, object> Shared { get; init; } = [];

    /// <summary>What <paramref name="read"/> gives, read once per organization and year and kept in <see cref="Memo"/> under <paramref name="key"/>.</summary>
    public Task<T> OnceAsync<T>(string key, Func<Task<T>> read) where T : class => Once(Memo, key, read);

    /// <summary>What <paramref name="read"/> gives, read once for the whole service and kept in <see cref="Shared"/> under <paramref name="key"/>.</summary>
    public Task<T> SharedOnceAsync<T>(string key, Func<Task<T>> read) where T : class => Once(Shared, key, read);

    private static async Task<T> Once<T>(Dictionary<string, object> memo, string key, Func<Task<T>> read) where T : class
    {
        if (memo.TryGetValue(key, out var kept))
        {
            return (T)kept;
        }

        var value = await read();
        memo[key] = value;
        return value;
    }

    public DateOnly From => new(Year, 1, 1);
    public DateOnly To => new(Year, 12, 31);

    /// <summary>The date states are taken on (open, overdue, fulfilled): the year's end, or today while the year runs.</summary>
    public DateOnly AsOf => To < Today ? To : Today;
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

    /// <summary>Enum values named in a filter ("BranchSecretary,Cadre"); empty when the filter names none.</summary>
    public static List<T> Names<T>(string? filter) where T : struct, Enum =>
        (filter ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<T>).ToList();

    public static InvalidOperationException Unsupported(IndicatorDefinition d, string records) =>
        new($"指标“{d.Name}”：{records}不支持 {d.Kind} 统计（口径“{d.Filter}”“{d.Field}”）。");
}
