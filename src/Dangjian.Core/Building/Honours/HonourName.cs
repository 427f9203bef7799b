using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Building.Honours;

/// <summary>
/// Who an honour is conferred on: an organization (先进基层党组织) or a person (优秀共产党员, 优秀党务工作者); or, for
/// <see cref="Title"/>, not an honour but a demonstration title (示范党支部) of an organization, entered on the titles page.
/// </summary>
public enum HonourTarget { Organization, Individual, Title }

/// <summary>
/// One of the county's own honour names (表彰名称) or demonstration-title names (示范称号), kept by the county committee as
/// data: the entry forms offer them and indicators count by them, in their unit. A name no longer conferred is retired, not
/// deleted, so past honours and titles keep it. A name is unique among the county's honour names, and among its title names.
/// </summary>
public class HonourName : IVersioned
{
    public int Id { get; set; }

    /// <summary>The county committee that keeps the list.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string Name { get; set; }
    public HonourTarget Target { get; set; }

    /// <summary>What a count of this name is in, in the report's sentence (个, 名).</summary>
    public required string Unit { get; set; }
    public bool Retired { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }
}
