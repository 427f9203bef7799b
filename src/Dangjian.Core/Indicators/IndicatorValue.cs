using Dangjian.Core.Figures;

namespace Dangjian.Core.Indicators;

/// <summary>
/// An indicator computed for one organization and year. <see cref="Figure"/> is null when there is no data (no
/// records, nothing to average): the report leaves such a figure out rather than printing 0.
/// </summary>
public sealed record IndicatorValue(IndicatorDefinition Definition, Figure? Figure, Figure? Previous = null, Figure? Change = null)
{
    public bool HasData => Figure is not null;

    /// <summary>The comparison in words, "较上届下降13.0%"; empty when there is nothing to compare.</summary>
    public string ComparisonText => Change is { } c ? c.Describe(Definition.CompareWords ?? DefaultWords) : "";

    private string DefaultWords => Definition.Compare == IndicatorComparison.PreviousTerm ? "较上届" : "较上年";
}

/// <summary>One record behind a figure: what kind of record, its id, and a short label ("2026-03-05 党委会议：…").</summary>
public sealed record RecordRef(string Type, int Id, string Label, DateOnly? On = null);
