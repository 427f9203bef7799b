using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Categories;

/// <summary>
/// A county's own category of one record family (a campaign, a kind of deed, 作风督查, a meeting topic), or a
/// sub-category under one (<see cref="ParentId"/>): records carry at most one; indicators count a tag with its sub-tags.
/// </summary>
public class RecordTag : IVersioned
{
    public int Id { get; set; }

    /// <summary>The county committee that defined it; the townships below read it.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    public RecordFamily Family { get; set; }

    /// <summary>The category this is a sub-category of (same county and family; one level deep).</summary>
    public int? ParentId { get; set; }
    public RecordTag? Parent { get; set; }

    /// <summary>Stable code used by indicators, unique in the county's family, e.g. "help-students".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>What one record counts as in a report: 件, 次, 场次, 批次…</summary>
    public required string Unit { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }

    public string FullName => Parent is null ? Name : $"{Parent.Name}／{Name}";
}
