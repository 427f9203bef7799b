namespace Dangjian.Core.Organizations;

/// <summary>One change of parent, kept forever so earlier reports can be explained.</summary>
public class OrganizationMove
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int? FromParentId { get; set; }
    public string? FromParentName { get; set; }
    public int ToParentId { get; set; }
    public string? ToParentName { get; set; }
    public DateTime MovedAtUtc { get; set; }
    public string? MovedBy { get; set; }
    public required string Reason { get; set; }
}
