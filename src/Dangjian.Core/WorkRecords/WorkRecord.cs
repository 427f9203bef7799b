using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.WorkRecords;

/// <summary>One counted activity of an organization: a research visit, a training (期, 人次), funds obtained (万元)…</summary>
public class WorkRecord : IVersioned, ITaggedRecord
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int CategoryId { get; set; }
    public WorkCategory? Category { get; set; }

    /// <summary>The county's own category or sub-category of the record (<see cref="RecordTag"/>), if any.</summary>
    public int? TagId { get; set; }
    public RecordTag? Tag { get; set; }

    public DateOnly HeldOn { get; set; }
    public required string Title { get; set; }

    /// <summary>In the category's unit; 1 for one session, 35 for 35万元.</summary>
    public decimal Quantity { get; set; } = 1;

    /// <summary>人次 taking part, for categories that count them.</summary>
    public int? Participants { get; set; }

    /// <summary>Who led it; the township secretary's own activities are those led by them.</summary>
    public string? LedBy { get; set; }

    /// <summary>
    /// The leader's account when a township leader led it (the secretary, a 班子成员 of the organization's contact point or
    /// liaison scope): the secretary's own activities count by this relation, not by <see cref="LedBy"/>.
    /// </summary>
    public int? LedByUserId { get; set; }
    public AppUser? LedByUser { get; set; }
    public string? Place { get; set; }
    public string? Notes { get; set; }

    public bool EnteredByProxy { get; set; }
    public DateTime EnteredAtUtc { get; set; }
    public string? EnteredBy { get; set; }
    public int Version { get; set; }
}
