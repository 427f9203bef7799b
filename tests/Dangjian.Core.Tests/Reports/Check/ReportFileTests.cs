using System.IO.Compression;
using System.Text;
using Dangjian.Core.Reports.Check;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Shouldly;

namespace Dangjian.Core.Tests.Reports.Check;

/// <summary>Issue #17: what the checker accepts as a report file, and the Chinese sentence for everything else.</summary>
public sealed class ReportFileTests
{
    private static readonly ReportCheckOptions Limits = new();

    private const string Report = "根据会议安排，现将本人2023年度履行抓基层党建工作职责情况报告如下：\n一、履职工作特色和亮点\n全年主持召开党委会议12次。";

    [Fact]
    public void A_docx_report_reads_paragraph_by_paragraph()
    {
        var read = ReportFile.Read(new MemoryStream(Docx(Report.Split('\n'))), "述职报告.docx", Limits);
        read.Problem.ShouldBeNull();
        read.Text.ShouldBe(Report);
        ReportChecker.Check(read.Text!).Figures.Single().Value.ShouldBe(12);
    }

    [Fact]
    public void A_txt_report_reads_as_utf8_or_gb18030()
    {
        ReportFile.Read(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Report)).ToArray()), "a.txt", Limits).Text.ShouldBe(Report);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        ReportFile.Read(new MemoryStream(Encoding.GetEncoding("GB18030").GetBytes(Report)), "a.txt", Limits).Text.ShouldBe(Report);
    }

    [Fact]
    public void A_file_that_is_no_report_gets_a_chinese_sentence()
    {
        ReportFile.Read(new MemoryStream("id,name\n1,abc\n"u8.ToArray()), "data.txt", Limits).Problem.ShouldBe("这不像是一份述职报告：其中几乎没有中文文字。请上传或粘贴述职报告正文。");
        ReportFile.Read(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]), "photo.txt", Limits).Problem!.ShouldContain("不是文本");
        ReportFile.Read(new MemoryStream("x"u8.ToArray()), "report.pdf", Limits).Problem!.ShouldStartWith("只能检查 Word 文档（.docx）或文本文件（.txt）");
        ReportFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(Report)), "report.docx", Limits).Problem!.ShouldContain("不是有效的 Word 文档");
        ReportFile.Read(new MemoryStream(), "empty.txt", Limits).Problem.ShouldBe("上传的文件是空的。");
    }

    [Fact]
    public void A_50_mb_file_is_refused_before_it_is_read()
    {
        var read = ReportFile.Read(new MemoryStream(new byte[50 * 1024 * 1024]), "big.txt", Limits);
        read.Problem.ShouldBe("文件太大：述职报告文件不能超过 5 MB。请删去图片后再上传，或直接粘贴文字。");
    }

    [Fact]
    public void A_docx_without_text_is_refused()
    {
        ReportFile.Read(new MemoryStream(Docx([])), "scan.docx", Limits).Problem.ShouldBe("Word 文档中没有文字（可能只有图片或扫描件）。请上传含文字的文档，或直接粘贴文字。");
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_opened()
    {
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                entry.Write(zeros);
            }
        }

        bomb.Length.ShouldBeLessThan(Limits.MaxUploadBytes);
        ReportFile.Read(bomb, "bomb.docx", Limits).Problem!.ShouldStartWith("文件解压后的大小异常");
    }

    private static byte[] Docx(IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }

        return stream.ToArray();
    }
}
