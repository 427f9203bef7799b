using System.Text;
using Dangjian.Core.Members.Import;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dangjian.Core.Reports.Check;

/// <summary>Limits of a report handed to the checker (configuration section "ReportCheck").</summary>
public sealed class ReportCheckOptions
{
    public const string Section = "ReportCheck";

    /// <summary>Largest accepted .docx or .txt: a 20-page report is well under 1 MB.</summary>
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Largest total uncompressed size of a .docx before it is opened (the zip-bomb guard of the roster import).</summary>
    public long MaxUncompressedBytes { get; set; } = 50L * 1024 * 1024;

    public double MaxCompressionRatio { get; set; } = 100;

    /// <summary>Longest text checked (characters); a duty report has a few thousand.</summary>
    public int MaxTextLength { get; set; } = 200_000;
}

/// <summary>The text of a report file, or why it cannot be checked (one Chinese sentence).</summary>
public sealed record ReportFileText(string? Text, string? Problem);

/// <summary>
/// Reads a .txt (UTF-8 or GB18030) or .docx report for the checker. Size, type and content are checked before any
/// parser sees the file, and a .docx passes the roster import's zip-bomb guard (<see cref="ZipInflation"/>).
/// </summary>
public static class ReportFile
{
    public static readonly IReadOnlyList<string> Extensions = [".docx", ".txt"];

    private static readonly byte[] ZipHeader = [0x50, 0x4B, 0x03, 0x04];

    public static string TooLarge(long maxBytes) => $"文件太大：述职报告文件不能超过 {maxBytes / (1024 * 1024)} MB。请删去图片后再上传，或直接粘贴文字。";

    public static ReportFileText Read(Stream content, string? fileName, ReportCheckOptions limits)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return Fail("只能检查 Word 文档（.docx）或文本文件（.txt）。旧版 .doc 请在 Word 或 WPS 中“另存为” .docx。");
        }

        if (content.Length == 0)
        {
            return Fail("上传的文件是空的。");
        }

        if (content.Length > limits.MaxUploadBytes)
        {
            return Fail(TooLarge(limits.MaxUploadBytes));
        }

        var bytes = new byte[content.Length];
        content.Position = 0;
        content.ReadExactly(bytes);
        var result = extension == ".docx" ? Docx(bytes, limits) : Txt(bytes);
        return result.Text is { } text ? Checkable(text, limits) : result;
    }

    /// <summary>Pasted or stored text: the same "is this a report" rule as a file.</summary>
    public static ReportFileText Checkable(string text, ReportCheckOptions limits)
    {
        if (text.Length > limits.MaxTextLength)
        {
            return Fail($"文字太长（{text.Length} 字）：一次最多检查 {limits.MaxTextLength} 字。请只检查述职报告本身。");
        }

        var chinese = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
        return chinese < MinimumChinese
            ? Fail(text.Trim().Length == 0 ? "没有可检查的文字。" : "这不像是一份述职报告：其中几乎没有中文文字。请上传或粘贴述职报告正文。")
            : new ReportFileText(text.ReplaceLineEndings("\n"), null);
    }

    private const int MinimumChinese = 20;

    private static ReportFileText Txt(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(ZipHeader) || bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0))
        {
            return Fail("文件内容不是文本，不是有效的 .txt 文件（可能是改了扩展名的其他文件）。");
        }

        try
        {
            return new ReportFileText(new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return new ReportFileText(Encoding.GetEncoding("GB18030").GetString(bytes), null);
        }
    }

    private static ReportFileText Docx(byte[] bytes, ReportCheckOptions limits)
    {
        if (!bytes.AsSpan().StartsWith(ZipHeader))
        {
            return Fail("文件内容与扩展名 .docx 不符，不是有效的 Word 文档。旧版 .doc 请在 Word 或 WPS 中“另存为” .docx 再上传。");
        }

        using var stream = new MemoryStream(bytes, writable: false);
        var cap = (long)Math.Min(limits.MaxUncompressedBytes, Math.Max(1024 * 1024, limits.MaxCompressionRatio * bytes.Length));
        try
        {
            switch (ZipInflation.Measure(stream, cap))
            {
                case ZipInflation.Outcome.OverCap:
                    return Fail($"文件解压后的大小异常（超过 {cap / (1024 * 1024)} MB），可能是恶意构造的文件，系统拒绝处理。请确认文件来源，或在 Word 中另存后再上传。");
                case ZipInflation.Outcome.Damaged:
                    return Fail(Damaged);
            }

            stream.Position = 0;
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body;
            var text = body is null ? "" : string.Join('\n', body.Descendants<Paragraph>().Select(p => p.InnerText));
            return text.Trim().Length == 0 ? Fail("Word 文档中没有文字（可能只有图片或扫描件）。请上传含文字的文档，或直接粘贴文字。") : new ReportFileText(text, null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            return Fail(Damaged);
        }
    }

    private const string Damaged = "文件已损坏或不是有效的 Word 文档，无法读取其中的文字。请在 Word 或 WPS 中打开后“另存为” .docx 再上传。";

    private static ReportFileText Fail(string problem) => new(null, problem);
}
