using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife;

/// <summary>The theme a township publishes for one month's 主题党日; branches record their theme day against it.</summary>
public class MonthlyTheme : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    public int Year { get; set; }
    public int Month { get; set; }
    public required string Title { get; set; }
    public string? Notes { get; set; }

    public int Version { get; set; }
}
