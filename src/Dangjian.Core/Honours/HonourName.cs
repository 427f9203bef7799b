using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Honours;

/// <summary>Who an honour is conferred on: an organization (先进基层党组织) or a person (优秀共产党员, 优秀党务工作者).</summary>
public enum HonourTarget { Organization, Individual }

/// <summary>
/// One of the county's own honour names (表彰名称), kept by the county committee as data: the entry form offers them
/// and indicators count by them. A name no longer conferred is retired, not deleted, so past honours keep it.
/// </summary>
public class HonourName : IVersioned
{
    public int Id { get; set; }

    /// <summary>The county committee that keeps the list.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string Name { get; set; }
    public HonourTarget Target { get; set; }
    public bool Retired { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }
}
