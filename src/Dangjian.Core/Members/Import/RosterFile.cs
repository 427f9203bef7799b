using System.IO.Compression;

namespace Dangjian.Core.Members.Import;

public enum RosterFormat { Xlsx, Xls, Csv }

/// <summary>Upload limits (configuration section "Import").</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest accepted upload; the web server's request limit is set a little above it.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest total uncompressed size of an .xlsx (a zip) before it is opened.</summary>
    public long MaxUncompressedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Largest uncompressed/compressed ratio of an .xlsx bigger than 1 MB uncompressed.</summary>
    public double MaxCompressionRatio { get; set; } = 100;
}

/// <summary>
/// Checks an uploaded roster before any parser sees it: size, extension, content (an .xlsx is a zip holding
/// [Content_Types].xml, an .xls starts with the OLE header D0 CF 11 E0, a .csv is text) and, for .xlsx, the zip-bomb
/// guard on the bytes each entry really inflates to (never on the sizes the zip declares). Every rejection is one Chinese sentence.
/// </summary>
public static class RosterFile
{
    public static readonly IReadOnlyList<string> Extensions = [".xlsx", ".xls", ".csv"];

    private static readonly byte[] OleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipHeader = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Utf16Le = [0xFF, 0xFE];
    private static readonly byte[] Utf16Be = [0xFE, 0xFF];

    public static RosterFormat? FormatOf(string? fileName) => Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
    {
        ".xlsx" => RosterFormat.Xlsx,
        ".xls" => RosterFormat.Xls,
        ".csv" => RosterFormat.Csv,
        _ => null,
    };

    public static string TooLarge(long maxBytes) =>
        $"文件太大：名册文件不能超过 {maxBytes / (1024 * 1024)} MB。请删去无关的工作表、图片，或分成几个文件上传。";

    /// <summary>Null when the file may be parsed, otherwise why not. <paramref name="content"/> must be seekable.</summary>
    public static string? Check(Stream content, string? fileName, ImportOptions limits, out RosterFormat format)
    {
        format = default;
        if (FormatOf(fileName) is not { } f)
        {
            return "只能上传 Excel 工作簿（.xlsx、.xls）或 CSV 文件（.csv）。";
        }

        format = f;
        if (content.Length == 0)
        {
            return "上传的文件是空的。";
        }

        if (content.Length > limits.MaxUploadBytes)
        {
            return TooLarge(limits.MaxUploadBytes);
        }

        var head = new byte[Math.Min(8192, content.Length)];
        content.Position = 0;
        content.ReadExactly(head);
        content.Position = 0;
        return f switch
        {
            RosterFormat.Xlsx => head.AsSpan().StartsWith(ZipHeader) ? CheckZip(content, limits) : NotWhatItSays(".xlsx"),
            RosterFormat.Xls => head.AsSpan().StartsWith(OleHeader) ? null : NotWhatItSays(".xls"),
            _ => LooksLikeText(head) ? null : "文件内容不是文本，不是有效的 CSV 文件。请在 Excel 或 WPS 中“另存为” CSV 或直接上传 .xlsx 工作簿。",
        };
    }

    private static string NotWhatItSays(string extension) =>
        $"文件内容与扩展名 {extension} 不符，不是有效的 Excel 工作簿（可能是改了扩展名的其他文件）。请在 Excel 或 WPS 中打开后“另存为” .xlsx 再上传。";

    // The sizes a zip declares can be forged: the guard counts what the entries really inflate to (ZipInflation),
    // stopping at the limit, and compares it with the bytes really uploaded.
    private static string? CheckZip(Stream content, ImportOptions limits)
    {
        var cap = (long)Math.Min(limits.MaxUncompressedBytes, Math.Max(1024 * 1024, limits.MaxCompressionRatio * content.Length));
        try
        {
            using (var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true))
            {
                if (!zip.Entries.Any(e => e.FullName == "[Content_Types].xml"))
                {
                    return NotWhatItSays(".xlsx");
                }
            }

            return ZipInflation.Measure(content, cap) switch
            {
                ZipInflation.Outcome.OverCap =>
                    $"文件解压后的大小异常（超过 {cap / (1024 * 1024)} MB，是上传文件的 {cap / (double)content.Length:0} 倍以上），可能是恶意构造的文件，系统拒绝处理。请确认文件来源，或在 Excel 中另存后再上传。",
                ZipInflation.Outcome.Damaged => Damaged,
                _ => null,
            };
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return NotWhatItSays(".xlsx");
        }
        finally
        {
            content.Position = 0;
        }
    }

    private const string Damaged = "文件已损坏或结构异常（压缩包内记录的大小与实际内容不符），系统无法读取。请在 Excel 或 WPS 中打开后“另存为” .xlsx 再上传。";

    // Text: no NUL bytes (UTF-16 CSVs are rare and Excel writes them with a BOM, which is let through).
    private static bool LooksLikeText(ReadOnlySpan<byte> head) =>
        head.StartsWith(Utf16Le) || head.StartsWith(Utf16Be) ||
        (!head.StartsWith(ZipHeader) && !head.StartsWith(OleHeader) && !head.Contains((byte)0));
}
