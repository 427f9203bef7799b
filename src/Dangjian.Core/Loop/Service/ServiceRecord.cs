using Dangjian.Core.Categories;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Data;

namespace Dangjian.Core.Loop.Service;

public enum ServiceKind
{
    /// <summary>为民办实事.</summary>
    Deed,

    /// <summary>志愿服务活动.</summary>
    Volunteer,
}

/// <summary>A deed done for the people or a volunteer activity, counted (件, 次, 人次) in reports.</summary>
public class ServiceRecord : ITaggedRecord, IOrganizationRecord
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public ServiceKind Kind { get; set; }

    /// <summary>The county's own category or sub-category of the record (<see cref="RecordTag"/>), if any.</summary>
    public int? TagId { get; set; }
    public RecordTag? Tag { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Title { get; set; }

    /// <summary>Volunteer team (志愿服务队) for activities.</summary>
    public string? Team { get; set; }

    /// <summary>Participants (volunteers) or people served, as the record says.</summary>
    public int People { get; set; }
}
