using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.WorkRecords;

/// <summary>
/// A kind of counted activity (调研, 宣讲, 培训, 考察学习, 争取资金…). Categories are data: the defaults have no
/// organization; a county adds its own (or renames a default by reusing its code) under its county committee.
/// </summary>
public class WorkCategory : IVersioned
{
    public int Id { get; set; }

    /// <summary>The county committee that defined it; null for the built-in defaults every county sees.</summary>
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    /// <summary>Stable code used by indicators, e.g. "research", "training".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>Unit of <see cref="WorkRecord.Quantity"/>: 次, 场次, 期, 批次, 万元…</summary>
    public required string Unit { get; set; }

    /// <summary>What the quantity counts, shown on the entry form ("场次", "争取到的资金（万元）").</summary>
    public required string QuantityMeaning { get; set; }

    /// <summary>Unit of <see cref="WorkRecord.Participants"/> when the category records them (人次), else null.</summary>
    public string? ParticipantUnit { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }
}
