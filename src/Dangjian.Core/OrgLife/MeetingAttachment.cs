using Dangjian.Core.Attachments;

namespace Dangjian.Core.OrgLife;

/// <summary>A file kept with a meeting record (minutes scan, photo of the signed sheet).</summary>
public class MeetingAttachment : StoredAttachment
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
}
