using Dangjian.Core.Organizations;

namespace Dangjian.Core.Loop.Inspections;

/// <summary>A problem found at an inspected organization; it may be sent as a 问题提示单 and become rectification items.</summary>
public class Finding
{
    public int Id { get; set; }
    public int InspectionId { get; set; }
    public Inspection? Inspection { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string Description { get; set; }

    /// <summary>Date the 问题提示单 was sent to the organization, if one was.</summary>
    public DateOnly? NoticeSentOn { get; set; }
}
