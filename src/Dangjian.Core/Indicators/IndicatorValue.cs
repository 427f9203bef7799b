using Dangjian.Core.Figures;

namespace Dangjian.Core.Indicators;

/// <summary>
/// An indicator computed for one organization and year. <see cref="Figure"/> is null when there is no data (no
/// records, nothing to average): the report leaves such a figure out rather than printing 0. <see cref="Previous"/> and
/// <see cref="Change"/> are null when the definition compares with nothing or the earlier year (term) has no data.
/// </summary>
public sealed record IndicatorValue(IndicatorDefinition Definition, Figure? Figure, Figure? Previous = null, Figure? Change = null)
{
    public bool HasData => Figure is not null;

    /// <summary>
    /// The comparison as a report writes it: counts, amounts and averages as a relative change ("较上年增长8.6%", "较上届下降13.0%"),
    /// rates in percentage points ("较上年提高5个百分点", never "%"), "与上年持平" when equal; empty when there is nothing to compare.
    /// </summary>
    public string ComparisonText => Change is { } c ? Words(c, Against) : "";

    /// <summary>Which comparison the text makes, for the figure page: "与上年比较（相对变化率）", "与上届比较（百分点差）".</summary>
    public string ComparisonLabel => Change is { } c ? $"与{Against.TrimStart('较')}比较（{c.Label}）" : "";

    /// <summary>"较上年" / "较上届", or the county's own words.</summary>
    public string Against => Definition.CompareWords ?? (Definition.Compare == IndicatorComparison.PreviousTerm ? "较上届" : "较上年");

    private static string Words(Figure change, string against)
    {
        if (change.Value == 0)
        {
            return $"与{against.TrimStart('较')}持平";
        }

        var amount = FigureFormat.Number(Math.Abs(change.Value), change.Decimals) + change.Unit;
        return change.Kind switch
        {
            FigureKind.RelativeChange => against + (change.Value > 0 ? "增长" : "下降") + amount,
            FigureKind.PointChange => against + (change.Value > 0 ? "提高" : "下降") + amount,
            _ => change.Describe(against),
        };
    }
}

/// <summary>One record behind a figure: what kind of record, its id, and a short label ("2026-03-05 党委会议：…").</summary>
public sealed record RecordRef(string Type, int Id, string Label, DateOnly? On = null);
