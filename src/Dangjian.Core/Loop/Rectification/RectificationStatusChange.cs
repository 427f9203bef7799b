using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification;

/// <summary>One status change of a rectification item, with who made it and why.</summary>
public class RectificationStatusChange
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public RectificationItem? Item { get; set; }
    public RectificationStatus? From { get; set; }
    public RectificationStatus To { get; set; }
    public DateTime ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
    public string? Note { get; set; }
}
