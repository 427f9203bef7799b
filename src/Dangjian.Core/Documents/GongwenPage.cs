using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dangjian.Core.Documents;

/// <summary>
/// The parts every 公文 .docx shares (述职报告, 督查通报, 评议通报): default run properties, the A4 section with its
/// margins and line grid, the "— 1 —" page number, and paragraphs on the 22-line grid with 28 body characters a line.
/// </summary>
public static class GongwenPage
{
    /// <summary>Document defaults: body font and 3号, so whatever a reader's application takes as its base size is 16 pt.</summary>
    public static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(GongwenLayout.BodyFont), new FontSize { Val = Size(GongwenLayout.BodySize) }, new FontSizeComplexScript { Val = Size(GongwenLayout.BodySize) }))),
            new Style(
                new StyleName { Val = "Normal" },
                new StyleRunProperties(new FontSize { Val = Size(GongwenLayout.BodySize) }, new FontSizeComplexScript { Val = Size(GongwenLayout.BodySize) }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Styles.Save();
    }

    /// <summary>A paragraph on the line grid; body-sized runs get the spacing that makes 28 characters a line.</summary>
    public static Paragraph Paragraph(string text, string font, int halfPoints, JustificationValues align,
        bool indent = false, bool signature = false, string? color = null, bool redRule = false)
    {
        var indentation = new Indentation();
        if (indent)
        {
            indentation.FirstLine = Size(GongwenLayout.FirstLineIndent);
        }

        if (signature)
        {
            indentation.Right = Size(GongwenLayout.SignatureRightIndent);
        }

        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Line = Size(GongwenLayout.LinePitch), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            indentation,
            new Justification { Val = align });
        if (redRule)
        {
            properties.PrependChild(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Color = color ?? "FF0000", Size = 12, Space = 6 }));
        }

        var run = new RunProperties(Fonts(font));
        if (color is not null && !redRule)
        {
            run.Append(new Color { Val = color });
        }

        if (halfPoints == GongwenLayout.BodySize)
        {
            run.Append(new Spacing { Val = GongwenLayout.CharSpacing });
        }

        run.Append(new FontSize { Val = Size(halfPoints) }, new FontSizeComplexScript { Val = Size(halfPoints) });
        return new Paragraph(properties, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>"— 1 —" with a PAGE field, 4号 半角宋体.</summary>
    public static string AddPageNumberFooter(MainDocumentPart main)
    {
        Run Part(OpenXmlElement element) => new(
            new RunProperties(Fonts(GongwenLayout.PageNumberFont), new FontSize { Val = Size(GongwenLayout.PageNumberSize) }, new FontSizeComplexScript { Val = Size(GongwenLayout.PageNumberSize) }),
            element);
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Part(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            Part(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            Part(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            Part(new FieldChar { FieldCharType = FieldCharValues.End }),
            Part(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        return main.GetIdOfPart(footer);
    }

    /// <summary>A4, margins 37/35/28/26 mm, a line grid of <see cref="GongwenLayout.LinePitch"/> (22 lines a page).</summary>
    public static SectionProperties Section(string? footerId)
    {
        var section = new SectionProperties();
        if (footerId is not null)
        {
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        }

        section.Append(
            new PageSize { Width = (UInt32Value)(uint)GongwenLayout.PageWidth, Height = (UInt32Value)(uint)GongwenLayout.PageHeight },
            new PageMargin
            {
                Top = GongwenLayout.MarginTop, Bottom = GongwenLayout.MarginBottom,
                Left = (UInt32Value)(uint)GongwenLayout.MarginLeft, Right = (UInt32Value)(uint)GongwenLayout.MarginRight,
                Header = 851, Footer = 992, Gutter = 0,
            },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = GongwenLayout.LinePitch });
        return section;
    }

    private static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };

    private static string Size(int value) => value.ToString(CultureInfo.InvariantCulture);
}
