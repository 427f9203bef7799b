using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dangjian.Core.Documents;

/// <summary>
/// Writes a <see cref="GongwenDocument"/> as .docx in the GB/T 9704-2012 layout: A4, margins 37/35/28/26 mm,
/// 22 lines of 28 characters, title 2号小标宋 (22 pt), body 3号仿宋_GB2312 (16 pt), headings 3号黑体. Fonts name the
/// 公文 font first; on machines without it fontconfig falls back to Noto CJK.
/// </summary>
public static class GongwenWriter
{
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";
    public const string HeadingFont = "黑体";
    public const int TitleHalfPoints = 44;
    public const int BodyHalfPoints = 32;

    private const string LinePitch = "579"; // (297 − 37 − 35) mm / 22 lines, in twips
    private const string Red = "FF0000";

    public static void Write(GongwenDocument document, Stream output)
    {
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        var body = new Body();
        if (document.Header is { } header)
        {
            body.Append(Paragraph(header, TitleFont, 52, JustificationValues.Center, color: Red));
        }

        if (document.NumberLine is { } number)
        {
            body.Append(Paragraph(number, BodyFont, BodyHalfPoints, JustificationValues.Center, redRule: document.Header is not null));
        }

        body.Append(Paragraph("", BodyFont, BodyHalfPoints, JustificationValues.Left));
        body.Append(Paragraph(document.Title, TitleFont, TitleHalfPoints, JustificationValues.Center));
        body.Append(Paragraph("", BodyFont, BodyHalfPoints, JustificationValues.Left));
        foreach (var block in document.Body)
        {
            body.Append(block.Kind switch
            {
                GongwenBlockKind.Heading => Paragraph(block.Text, HeadingFont, BodyHalfPoints, JustificationValues.Both, indent: true),
                GongwenBlockKind.Addressee => Paragraph(block.Text, BodyFont, BodyHalfPoints, JustificationValues.Left),
                _ => Paragraph(block.Text, BodyFont, BodyHalfPoints, JustificationValues.Both, indent: true),
            });
        }

        if (document.Signature is not null || document.Date is not null)
        {
            body.Append(Paragraph("", BodyFont, BodyHalfPoints, JustificationValues.Left));
        }

        if (document.Signature is { } signature)
        {
            body.Append(Paragraph(signature, BodyFont, BodyHalfPoints, JustificationValues.Right, rightChars: 4));
        }

        if (document.Date is { } date)
        {
            body.Append(Paragraph(GongwenDocument.DateText(date), BodyFont, BodyHalfPoints, JustificationValues.Right, rightChars: 4));
        }

        body.Append(Section());
        main.Document = new Document(body);
        main.Document.Save();
    }

    public static byte[] ToBytes(GongwenDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string font, int halfPoints, JustificationValues align,
        bool indent = false, int rightChars = 0, string? color = null, bool redRule = false)
    {
        var indentation = new Indentation();
        if (indent)
        {
            indentation.FirstLine = (2 * halfPoints * 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (rightChars > 0)
        {
            indentation.Right = (rightChars * halfPoints * 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Line = LinePitch, LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            indentation,
            new Justification { Val = align });
        if (redRule)
        {
            properties.PrependChild(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Color = Red, Size = 12, Space = 6 }));
        }

        var runProperties = new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
            new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (color is not null)
        {
            runProperties.Append(new Color { Val = color });
        }

        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static SectionProperties Section() => new(
        new PageSize { Width = (UInt32Value)(uint)Twips(2100), Height = (UInt32Value)(uint)Twips(2970) },
        new PageMargin
        {
            Top = Twips(370), Bottom = Twips(350), Left = (UInt32Value)(uint)Twips(280), Right = (UInt32Value)(uint)Twips(260),
            Header = 851, Footer = 992, Gutter = 0,
        },
        new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = int.Parse(LinePitch, System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>Tenths of a millimetre to twips.</summary>
    private static int Twips(int tenthMm) => (int)Math.Round(tenthMm / 254.0 * 1440);
}
