using System.Text.Json;
using Dangjian.Core.Indicators;

namespace Dangjian.Core.Reviews;

/// <summary>
/// One objective indicator of one participant: the value (null = 无数据, scored as the value 0), the figure as printed,
/// and the points (0–100) it earned.
/// </summary>
public sealed record IndicatorScore(string IndicatorId, string Name, decimal? Value, string? Text, decimal Score)
{
    public const string NoData = "无数据";

    public bool HasData => Value is not null;

    public string Display => Text ?? NoData;

    public static IReadOnlyList<IndicatorScore> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<IndicatorScore>>(json, IndicatorCatalog.Json) ?? [];

    public static string ToJson(IEnumerable<IndicatorScore> scores) => JsonSerializer.Serialize(scores, IndicatorCatalog.Json);
}
