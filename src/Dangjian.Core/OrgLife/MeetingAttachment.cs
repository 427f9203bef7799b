namespace Dangjian.Core.OrgLife;

/// <summary>A file kept with a meeting record (minutes scan, photo of the signed sheet); the bytes live under the data directory.</summary>
public class MeetingAttachment
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>The name the user uploaded, shown and used on download.</summary>
    public required string FileName { get; set; }

    /// <summary>Random name of the stored file under &lt;DataDirectory&gt;/attachments.</summary>
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    public string? UploadedBy { get; set; }
}
