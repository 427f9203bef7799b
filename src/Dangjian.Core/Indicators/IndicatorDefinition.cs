namespace Dangjian.Core.Indicators;

/// <summary>How an indicator aggregates its records.</summary>
public enum IndicatorKind
{
    /// <summary>Number of records.</summary>
    Count,

    /// <summary>Sum of a quantity (<see cref="IndicatorDefinition.Field"/>: "quantity" or "participants").</summary>
    Sum,

    /// <summary>Number of different persons behind the records (e.g. members who attended).</summary>
    DistinctPersons,

    /// <summary>Average of a value over records (e.g. age at election), one decimal.</summary>
    Average,

    /// <summary>Share of records meeting a condition, whole % (e.g. present of due, high school or above).</summary>
    Rate,

    /// <summary>
    /// Number of organizations below whose own total reaches <see cref="IndicatorDefinition.Threshold"/> and, when
    /// <see cref="IndicatorDefinition.Below"/> is given, stays under it (exclusive buckets: "10万元以上" = [10, 15)).
    /// </summary>
    BucketCount,
}

/// <summary>What the value is compared with, if anything.</summary>
public enum IndicatorComparison { None, PreviousYear, PreviousTerm }

/// <summary>
/// One indicator, as data (JSON): which records (<see cref="Source"/> and its filters), how they aggregate
/// (<see cref="Kind"/>), in which unit, and the clause of a report sentence that prints it.
/// </summary>
public sealed record IndicatorDefinition
{
    /// <summary>Stable id used in figure tokens, e.g. "meetings.committee".</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Unit { get; init; }
    public required string Source { get; init; }
    public IndicatorKind Kind { get; init; }

    /// <summary>Source-specific selector: meeting kinds ("TownshipCommitteeMeeting"), work category code, member event…</summary>
    public string? Filter { get; init; }

    /// <summary>
    /// Code of a county tag (<see cref="Categories.RecordTag"/>) of the source's family (work, service, inspections, meetings):
    /// only records under it or one of its sub-categories. Null: any.
    /// </summary>
    public string? Tag { get; init; }

    /// <summary>Only records of organizations at these levels (<see cref="Organizations.OrgLevel"/> names, comma-separated). Null: any.</summary>
    public string? OrgLevels { get; init; }

    /// <summary>Only records of organizations of these kinds (<see cref="Organizations.OrgSector"/> names: Village, Community…). Null: any.</summary>
    public string? OrgSectors { get; init; }

    /// <summary>For sums and averages: which quantity ("quantity", "participants", "age").</summary>
    public string? Field { get; init; }

    /// <summary>Whose records: "own" (the township committee itself), "subtree" (everything under it), "secretary" (led by its secretary).</summary>
    public string Scope { get; init; } = "subtree";
    public decimal? Threshold { get; init; }

    /// <summary>For bucket counts: the exclusive upper bound of the bucket (null: no upper bound).</summary>
    public decimal? Below { get; init; }
    public IndicatorComparison Compare { get; init; }

    /// <summary>Prefix words for comparisons ("较上年", "较上届").</summary>
    public string? CompareWords { get; init; }

    /// <summary>Plain definition shown next to the figure, for the reader and the reviewer.</summary>
    public string? Definition { get; init; }
}
