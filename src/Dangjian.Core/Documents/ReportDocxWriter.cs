using Dangjian.Core.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dangjian.Core.Documents;

/// <summary>Writes a rendered duty report as a .docx in the 公文 layout of <see cref="GongwenLayout"/>.</summary>
public static class ReportDocxWriter
{
    public static void Write(RenderedReport report, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        body.Append(Paragraph(report.Draft.Title, GongwenLayout.TitleFont, GongwenLayout.TitleSize, JustificationValues.Center, indent: false));
        body.Append(Paragraph("", GongwenLayout.BodyFont, GongwenLayout.BodySize, JustificationValues.Both, indent: false));
        foreach (var (heading, sections) in ReportHeadings.All)
        {
            if (heading.Length > 0)
            {
                body.Append(Paragraph(heading, GongwenLayout.HeadingFont, GongwenLayout.BodySize, JustificationValues.Both, indent: true));
            }

            foreach (var p in report.Paragraphs.Where(p => sections.Contains(p.Paragraph.Section)))
            {
                body.Append(Paragraph(p.Text, GongwenLayout.BodyFont, GongwenLayout.BodySize, JustificationValues.Both, indent: true));
            }
        }

        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = PageNumberFooter();
        body.Append(Section(main.GetIdOfPart(footer)));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Paragraph(string text, string font, int size, JustificationValues align, bool indent)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Line = GongwenLayout.LinePitch.ToString(), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            new Indentation { FirstLine = indent ? GongwenLayout.FirstLineIndent.ToString() : "0" },
            new Justification { Val = align });
        var run = new Run(Font(font, size), new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(properties, run);
    }

    /// <summary>"— 1 —" with a PAGE field.</summary>
    private static Footer PageNumberFooter()
    {
        Run Text(string text) => new(Font(GongwenLayout.PageNumberFont, GongwenLayout.PageNumberSize), new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        Run Field(OpenXmlElement element) => new(Font(GongwenLayout.PageNumberFont, GongwenLayout.PageNumberSize), element);
        return new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Text("— "),
            Field(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            Field(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            Field(new FieldChar { FieldCharType = FieldCharValues.End }),
            Text(" —")));
    }

    private static RunProperties Font(string font, int size) =>
        new(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font }, new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });

    private static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = (UInt32Value)(uint)GongwenLayout.PageWidth, Height = (UInt32Value)(uint)GongwenLayout.PageHeight },
        new PageMargin
        {
            Top = GongwenLayout.MarginTop, Bottom = GongwenLayout.MarginBottom,
            Left = (UInt32Value)(uint)GongwenLayout.MarginLeft, Right = (UInt32Value)(uint)GongwenLayout.MarginRight,
            Header = 851, Footer = 992, Gutter = 0,
        },
        new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = GongwenLayout.LinePitch, CharacterSpace = GongwenLayout.CharSpace });
}
