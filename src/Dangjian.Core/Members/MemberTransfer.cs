namespace Dangjian.Core.Members;

/// <summary>
/// One transfer of a member's organizational relationship (组织关系转接). Either end may lie outside this system,
/// so each end keeps the organization's name as it was, and its id only when it is one of ours.
/// </summary>
public class MemberTransfer
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }
    public TransferKind Kind { get; set; }
    public int? FromOrganizationId { get; set; }
    public required string FromOrganizationName { get; set; }
    public int? ToOrganizationId { get; set; }
    public required string ToOrganizationName { get; set; }
    public DateOnly TransferredOn { get; set; }
    public string? Note { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public string? RecordedBy { get; set; }
}

/// <summary>In from outside the county, out of it, or between two of its organizations.</summary>
public enum TransferKind { In, Out, Within }
