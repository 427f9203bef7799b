using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Loop.Tasks;

/// <summary>重点任务清单: the annual list a county or township publishes, broken down into monthly items (月初安排).</summary>
public class KeyTaskList : IVersioned
{
    public int Id { get; set; }

    /// <summary>The publishing committee.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    public int Year { get; set; }
    public required string Title { get; set; }
    public List<KeyTask> Tasks { get; set; } = [];
    public int Version { get; set; }
}
