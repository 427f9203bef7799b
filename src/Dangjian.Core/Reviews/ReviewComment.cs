using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;

namespace Dangjian.Core.Reviews;

/// <summary>A reviewer's comment (点评) on a participant; it becomes a rectification item for the next year.</summary>
public class ReviewComment
{
    public int Id { get; set; }
    public int ParticipantId { get; set; }
    public ReviewParticipant? Participant { get; set; }
    public required string Text { get; set; }

    /// <summary>Who made the comment (e.g. "县委书记 王某").</summary>
    public required string Reviewer { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? CreatedBy { get; set; }
    public int? RectificationItemId { get; set; }
    public RectificationItem? RectificationItem { get; set; }
}
