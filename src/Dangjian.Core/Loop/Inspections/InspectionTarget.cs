using Dangjian.Core.Organizations;

namespace Dangjian.Core.Loop.Inspections;

/// <summary>An organization inspected in a round.</summary>
public class InspectionTarget
{
    public int Id { get; set; }
    public int InspectionId { get; set; }
    public Inspection? Inspection { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}
