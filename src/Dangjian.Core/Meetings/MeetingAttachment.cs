using Dangjian.Core.Attachments;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings;

/// <summary>A file kept with a meeting record (minutes scan, photo of the signed sheet).</summary>
public class MeetingAttachment : StoredAttachment
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>The meeting's date: with <see cref="MeetingId"/> the key it refers to (PostgreSQL partitions meetings by it).</summary>
    public DateOnly HeldOn { get; set; }
}
