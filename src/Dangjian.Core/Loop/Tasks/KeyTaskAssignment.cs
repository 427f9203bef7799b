using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Loop.Tasks;

/// <summary>A key task as one receiving organization carries it out: its progress and, once done, the evidence.</summary>
public class KeyTaskAssignment : IVersioned
{
    public int Id { get; set; }
    public int TaskId { get; set; }
    public KeyTask? Task { get; set; }

    /// <summary>The receiving organization (支部书记具体抓).</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    public string? Progress { get; set; }
    public string? Evidence { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public int Version { get; set; }

    public bool IsOverdue(DateOnly today) => CompletedOn is null && Task is { } t && t.DueOn < today;
}
