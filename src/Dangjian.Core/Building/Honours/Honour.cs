using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;

namespace Dangjian.Core.Building.Honours;

/// <summary>
/// An honour (表彰) conferred on an organization or on a person of it, at a level, on a date (any past year may be
/// entered). A person is a member record when there is one, else a typed name; either way the organization is theirs.
/// </summary>
public class Honour : IVersioned
{
    public int Id { get; set; }

    /// <summary>The organization honoured, or the person's organization.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int HonourNameId { get; set; }
    public HonourName? HonourName { get; set; }
    public TitleLevel Level { get; set; }

    /// <summary>The date the honour was conferred; its year is the year the honour counts in.</summary>
    public DateOnly ConferredOn { get; set; }

    /// <summary>For an individual honour: the member record, when the person is on the roster.</summary>
    public int? MemberId { get; set; }
    public Member? Member { get; set; }

    /// <summary>For an individual honour without a member record: the name as typed.</summary>
    public string? PersonName { get; set; }

    /// <summary>Who conferred it (授予单位, e.g. 中共某县委), optional.</summary>
    public string? ConferredBy { get; set; }
    public string? Note { get; set; }
    public DateTime EnteredAtUtc { get; set; }
    public required string EnteredBy { get; set; }
    public int Version { get; set; }
}
