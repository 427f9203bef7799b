namespace Dangjian.Core.Attachments;

/// <summary>
/// A file kept with a record (a meeting's minutes scan, a rectification item's photo of the work done): the bytes live
/// encrypted under &lt;DataDirectory&gt;/attachments, checked by the same rules (<see cref="Meetings.AttachmentRules"/>).
/// </summary>
public abstract class StoredAttachment
{
    public int Id { get; set; }

    /// <summary>The name the user uploaded, shown and used on download.</summary>
    public required string FileName { get; set; }

    /// <summary>Random name of the stored file under &lt;DataDirectory&gt;/attachments.</summary>
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    public string? UploadedBy { get; set; }
}
