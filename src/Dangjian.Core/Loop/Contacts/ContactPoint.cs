using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;

namespace Dangjian.Core.Loop.Contacts;

/// <summary>
/// A township leader's contact point (包抓/联系点): the leader links to an organization of a kind from a date. The
/// leader is an account of the township (<see cref="LeaderUserId"/>); a leader without an account is named instead.
/// </summary>
public class ContactPoint : IVersioned, IOrganizationRecord
{
    public int Id { get; set; }

    /// <summary>The organization contacted (a village, community, enterprise branch…).</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int? LeaderUserId { get; set; }
    public AppUser? LeaderUser { get; set; }

    /// <summary>The leader's name: the account's display name when there is one, else as entered.</summary>
    public required string LeaderName { get; set; }
    public int KindId { get; set; }
    public GuidanceKind? Kind { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? Note { get; set; }
    public List<ContactVisit> Visits { get; set; } = [];
    public DateTime EnteredAtUtc { get; set; }
    public string? EnteredBy { get; set; }
    public int Version { get; set; }
}
