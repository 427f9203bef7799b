using DocumentFormat.OpenXml;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dangjian.Core.Documents;

/// <summary>
/// Writes a rendered duty report as a .docx in the 公文 layout of <see cref="GongwenLayout"/>, ending with its signature
/// block: the organization, the secretary's name and the date (submitted, else drafted; Beijing time).
/// </summary>
public static class ReportDocxWriter
{
    public static void Write(RenderedReport report, ReportSignature signature, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        GongwenPage.AddStyles(main);
        var body = new Body();
        body.Append(GongwenPage.Paragraph(report.Draft.Title, GongwenLayout.TitleFont, GongwenLayout.TitleSize, JustificationValues.Center));
        body.Append(GongwenPage.Paragraph("", GongwenLayout.BodyFont, GongwenLayout.BodySize, JustificationValues.Both));
        foreach (var (heading, sections) in ReportHeadings.All)
        {
            if (heading.Length > 0)
            {
                body.Append(GongwenPage.Paragraph(heading, GongwenLayout.HeadingFont, GongwenLayout.BodySize, JustificationValues.Both, indent: true));
            }

            foreach (var p in report.Paragraphs.Where(p => sections.Contains(p.Paragraph.Section)))
            {
                body.Append(GongwenPage.Paragraph(p.Text, GongwenLayout.BodyFont, GongwenLayout.BodySize, JustificationValues.Both, indent: true));
            }
        }

        // the signature block is kept together (with the blank line before it): a date alone on a last page is not signed
        var block = new List<Paragraph> { GongwenPage.Paragraph("", GongwenLayout.BodyFont, GongwenLayout.BodySize, JustificationValues.Both) };
        block.AddRange(signature.Lines.Select(line => GongwenPage.Paragraph(line, GongwenLayout.BodyFont, GongwenLayout.BodySize, JustificationValues.Right, signature: true)));
        foreach (var paragraph in block.SkipLast(1))
        {
            paragraph.ParagraphProperties!.PrependChild(new KeepNext());
        }

        body.Append(block);

        body.Append(GongwenPage.Section(GongwenPage.AddPageNumberFooter(main)));
        main.Document = new Document(body);
        main.Document.Save();
    }
}
