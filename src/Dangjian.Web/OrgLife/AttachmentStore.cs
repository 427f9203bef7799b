using System.Security.Cryptography;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Entry;
using Dangjian.Core.Security;

namespace Dangjian.Web.OrgLife;

/// <summary>
/// Meeting attachments as files in &lt;DataDirectory&gt;/attachments (mode 0700) under random names; the row in
/// meeting_attachments names them. Scans of sign-in sheets hold personal data, so files are encrypted at rest
/// (<see cref="SealedFile"/>, key derived from the field key) and created with mode 0600.
/// </summary>
public sealed class AttachmentStore(string dataDirectory, byte[] storeKey)
{
    public const string KeyLabel = "attachments";

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

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Folder);
        }
        else
        {
            Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stored = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + Path.GetExtension(file.FileName).ToLowerInvariant();
        await using (var source = file.OpenReadStream())
        await using (var target = new FileStream(Path.Combine(Folder, stored), options))
        {
            await SealedFile.EncryptAsync(source, target, storeKey, ct);
        }

        return (new MeetingAttachment
        {
            MeetingId = meetingId, FileName = Path.GetFileName(file.FileName), StoredName = stored, ContentType = contentType!,
            SizeBytes = file.Length, UploadedAtUtc = nowUtc, UploadedBy = userName,
        }, null);
    }

    /// <summary>The attachment's content (decrypted in memory, at most 10 MB); null when the file is missing or does not decrypt.</summary>
    public Stream? Open(MeetingAttachment row)
    {
        var path = Path.Combine(Folder, Path.GetFileName(row.StoredName));
        if (!File.Exists(path))
        {
            return null;
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (!SealedFile.IsSealed(file))
        {
            return file; // stored before attachments were encrypted
        }

        using (file)
        {
            var plain = new MemoryStream();
            try
            {
                SealedFile.Decrypt(file, plain, storeKey);
            }
            catch (SealedFileException)
            {
                return null;
            }

            plain.Position = 0;
            return plain;
        }
    }
}
