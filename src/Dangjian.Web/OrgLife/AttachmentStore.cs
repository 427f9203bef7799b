using System.Security.Cryptography;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Entry;

namespace Dangjian.Web.OrgLife;

/// <summary>Meeting attachments as files in &lt;DataDirectory&gt;/attachments under random names; the row in meeting_attachments names them.</summary>
public sealed class AttachmentStore(string dataDirectory)
{
    private string Folder => Path.Combine(dataDirectory, "attachments");

    /// <summary>Checks the file (type, size, first bytes) and stores it; the caller adds the returned row and saves.</summary>
    public async Task<(MeetingAttachment? Row, string? Error)> SaveAsync(int meetingId, IFormFile? file, string userName, DateTime nowUtc, CancellationToken ct)
    {
        if (file is null)
        {
            return (null, "请选择要上传的文件");
        }

        var head = new byte[8];
        await using (var peek = file.OpenReadStream())
        {
            _ = await peek.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        }

        var (contentType, error) = AttachmentRules.Check(file.FileName, file.Length, head);
        if (error is not null)
        {
            return (null, error);
        }

        Directory.CreateDirectory(Folder);
        var stored = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + Path.GetExtension(file.FileName).ToLowerInvariant();
        await using (var target = File.Create(Path.Combine(Folder, stored)))
        {
            await file.CopyToAsync(target, ct);
        }

        return (new MeetingAttachment
        {
            MeetingId = meetingId, FileName = Path.GetFileName(file.FileName), StoredName = stored, ContentType = contentType!,
            SizeBytes = file.Length, UploadedAtUtc = nowUtc, UploadedBy = userName,
        }, null);
    }

    public string? PathOf(MeetingAttachment row)
    {
        var path = Path.Combine(Folder, Path.GetFileName(row.StoredName));
        return File.Exists(path) ? path : null;
    }
}
