using Dangjian.Core.Attachments;
using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification;

/// <summary>A file of 整改佐证材料 (a photo of the work done, a scanned minute) kept with a rectification item.</summary>
public class RectificationAttachment : StoredAttachment
{
    public int ItemId { get; set; }
    public RectificationItem? Item { get; set; }
}
