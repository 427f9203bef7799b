using System.Security.Cryptography;
using Dangjian.Core.Attachments;
using Dangjian.Core.Meetings;
using Dangjian.Core.Organizations;
using Dangjian.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Meetings;

/// <summary>
/// Attachments of meetings and rectification items as files in &lt;DataDirectory&gt;/attachments (mode 0700) under
/// random names; the rows in meeting_attachments and rectification_attachments name them. Scans of sign-in sheets hold personal data, so files are encrypted at rest
/// (<see cref="SealedFile"/>, key derived from the field key) and created with mode 0600.
/// </summary>
public sealed class AttachmentStore(AttachmentFiles files)
{

    /// <summary>
    /// Checks the file (type, size, first bytes) and stores it encrypted, filling the row's file fields (name, stored
    /// name, type, size); the caller sets its owner and uploader, adds it and saves. Returns null, or why it was refused.
    /// </summary>
    public async Task<string?> SaveAsync(StoredAttachment row, IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return "请选择要上传的文件";
        }

        var head = new byte[8];
        await using (var peek = file.OpenReadStream())
        {
            _ = await peek.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        }

        var (contentType, error) = AttachmentRules.Check(file.FileName, file.Length, head);
        if (error is not null)
        {
            return error;
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(files.Folder);
        }
        else
        {
            Directory.CreateDirectory(files.Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stored = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + Path.GetExtension(file.FileName).ToLowerInvariant();
        await using (var source = file.OpenReadStream())
        await using (var target = new FileStream(files.PathOf(stored), options))
        {
            await SealedFile.EncryptAsync(source, target, files.Key, ct);
        }

        (row.FileName, row.StoredName, row.ContentType, row.SizeBytes) = (Path.GetFileName(file.FileName), stored, contentType!, file.Length);
        return null;
    }

    /// <summary>
    /// The download of an attachment the caller looked up through the scope filter (null: 404), read and audited as an
    /// export of <paramref name="targetType"/> by <see cref="AttachmentDownload"/>. Always a download (a file name gives
    /// Content-Disposition: attachment), typed by its checked kind and never sniffed: a PDF that also parses as HTML must
    /// not become a page here.
    /// </summary>
    public async Task<IActionResult> DownloadAsync(HttpContext http, StoredAttachment? row, string targetType)
    {
        if (await http.RequestServices.GetRequiredService<AttachmentDownload>().OpenAsync(row, targetType) is not { } content)
        {
            return new NotFoundResult();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        return new FileStreamResult(content, AttachmentRules.ServedAs(row!.StoredName)) { FileDownloadName = row.FileName };
    }

    /// <summary>Removes the stored file of a row that was not saved after all.</summary>
    public void Delete(StoredAttachment row) => File.Delete(files.PathOf(row.StoredName));
}
