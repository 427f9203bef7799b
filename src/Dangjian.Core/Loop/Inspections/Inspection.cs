using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Loop.Inspections;

/// <summary>督查: one round of inspection (月中督查) by a committee of organizations below it.</summary>
public class Inspection : IVersioned, ITaggedRecord
{
    public int Id { get; set; }

    /// <summary>The inspecting committee.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    public InspectionKind Kind { get; set; }

    /// <summary>The county's own category or sub-category of the record (<see cref="RecordTag"/>), if any.</summary>
    public int? TagId { get; set; }
    public RecordTag? Tag { get; set; }
    public int Year { get; set; }

    /// <summary>轮次 within the year.</summary>
    public int Round { get; set; }
    public required string Title { get; set; }
    public DateOnly StartedOn { get; set; }

    /// <summary>Inspectors' names, separated by 、.</summary>
    public required string Inspectors { get; set; }

    /// <summary>两随机 only: the recorded draw (seed and the candidates it drew from), see <see cref="RandomDraw"/>.</summary>
    public int? DrawSeed { get; set; }
    public string? InspectorCandidates { get; set; }
    public string? TargetCandidates { get; set; }

    public List<InspectionTarget> Targets { get; set; } = [];
    public List<Finding> Findings { get; set; } = [];
    public int Version { get; set; }
}
