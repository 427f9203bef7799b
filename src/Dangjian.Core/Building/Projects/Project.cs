using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;

namespace Dangjian.Core.Building.Projects;

public enum ProjectStatus { Planned, UnderWay, Completed }

/// <summary>A party-building project (党建示范项目, 党建+产业项目…) of an organization, with its status and outcome.</summary>
public class Project : IVersioned, IOrganizationRecord
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string Name { get; set; }
    public int KindId { get; set; }
    public GuidanceKind? Kind { get; set; }

    /// <summary>The date work started, or is planned to start.</summary>
    public DateOnly StartedOn { get; set; }
    public ProjectStatus Status { get; set; }

    /// <summary>Set exactly when <see cref="Status"/> is <see cref="ProjectStatus.Completed"/>.</summary>
    public DateOnly? CompletedOn { get; set; }
    public string? Outcome { get; set; }

    /// <summary>Funds in 万元, when known.</summary>
    public decimal? Amount { get; set; }
    public DateTime EnteredAtUtc { get; set; }
    public string? EnteredBy { get; set; }
    public int Version { get; set; }
}
