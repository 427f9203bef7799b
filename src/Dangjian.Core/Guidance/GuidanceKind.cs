using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Loop.Contacts;

namespace Dangjian.Core.Guidance;

/// <summary>Which records a <see cref="GuidanceKind"/> classifies.</summary>
public enum GuidanceFamily { ContactPoint, Project }

/// <summary>
/// A county's word for a kind of contact point (示范村, 后进村, 软弱涣散党组织…) or of project (党建示范项目, 党建+产业项目…).
/// Like work categories: the defaults have no organization; a county adds its own under its county committee, and one
/// with a default's code replaces that default in its county's forms.
/// </summary>
public class GuidanceKind : IVersioned
{
    public int Id { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public GuidanceFamily Family { get; set; }

    /// <summary>Stable code indicators filter on, e.g. "weak", "demonstration".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }
}
