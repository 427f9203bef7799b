using Dangjian.Core.OrgLife;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Meetings;

/// <summary>
/// Which files may be kept with a meeting: pdf, jpg, png, docx up to 10 MB, recognised by extension AND by their first
/// bytes (a renamed .exe is refused). Returns the content type to serve it with, or a Chinese message.
/// </summary>
public static class AttachmentRules
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "%PDF"u8.ToArray()),
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
    };

    public const string Allowed = "PDF、JPG、PNG、DOCX";

    /// <summary>
    /// The type an attachment is served with, from its extension (which the upload check tied to its first bytes);
    /// never a type a browser would render as a page. Unknown: application/octet-stream.
    /// </summary>
    public static string ServedAs(string fileName) =>
        Types.TryGetValue(Path.GetExtension(fileName), out var type) ? type.ContentType : "application/octet-stream";

    public static (string? ContentType, string? Error) Check(string fileName, long length, ReadOnlySpan<byte> head)
    {
        if (length <= 0)
        {
            return (null, "请选择要上传的文件（文件不能为空）");
        }

        if (length > MaxBytes)
        {
            return (null, $"附件不能超过{MaxBytes / 1024 / 1024} MB");
        }

        if (!Types.TryGetValue(Path.GetExtension(fileName), out var type))
        {
            return (null, $"只能上传{Allowed}格式的附件");
        }

        return head.StartsWith(type.Magic) ? (type.ContentType, null) : (null, $"文件内容与扩展名不符，只能上传{Allowed}格式的附件");
    }
}
