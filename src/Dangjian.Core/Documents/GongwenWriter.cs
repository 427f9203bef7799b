using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dangjian.Core.Documents;

/// <summary>
/// Writes a <see cref="GongwenDocument"/> as .docx in the GB/T 9704-2012 layout of <see cref="GongwenLayout"/> (shared
/// with the duty report through <see cref="GongwenPage"/>): A4, margins 37/35/28/26 mm, 22 lines of 28 characters,
/// title 2号小标宋 (22 pt), body 3号仿宋_GB2312 (16 pt), headings 3号黑体. Fonts name the 公文 font first; on machines
/// without it fontconfig falls back to Noto CJK.
/// </summary>
public static class GongwenWriter
{
    public const string TitleFont = GongwenLayout.TitleFont;
    public const string BodyFont = GongwenLayout.BodyFont;
    public const string HeadingFont = GongwenLayout.HeadingFont;
    public const int TitleHalfPoints = GongwenLayout.TitleSize;
    public const int BodyHalfPoints = GongwenLayout.BodySize;

    private const string Red = "FF0000";

    public static void Write(GongwenDocument document, Stream output)
    {
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        GongwenPage.AddStyles(main);
        var body = new Body();
        if (document.Header is { } header)
        {
            body.Append(GongwenPage.Paragraph(header, TitleFont, 52, JustificationValues.Center, color: Red));
        }

        if (document.NumberLine is { } number)
        {
            body.Append(GongwenPage.Paragraph(number, BodyFont, BodyHalfPoints, JustificationValues.Center, redRule: document.Header is not null));
        }

        body.Append(GongwenPage.Paragraph("", BodyFont, BodyHalfPoints, JustificationValues.Left));
        body.Append(GongwenPage.Paragraph(document.Title, TitleFont, TitleHalfPoints, JustificationValues.Center));
        body.Append(GongwenPage.Paragraph("", BodyFont, BodyHalfPoints, JustificationValues.Left));
        foreach (var block in document.Body)
        {
            body.Append(block.Kind switch
            {
                GongwenBlockKind.Heading => GongwenPage.Paragraph(block.Text, HeadingFont, BodyHalfPoints, JustificationValues.Both, indent: true),
                GongwenBlockKind.Addressee => GongwenPage.Paragraph(block.Text, BodyFont, BodyHalfPoints, JustificationValues.Left),
                _ => GongwenPage.Paragraph(block.Text, BodyFont, BodyHalfPoints, JustificationValues.Both, indent: true),
            });
        }

        if (document.Signature is not null || document.Date is not null)
        {
            body.Append(GongwenPage.Paragraph("", BodyFont, BodyHalfPoints, JustificationValues.Left));
        }

        if (document.Signature is { } signature)
        {
            body.Append(GongwenPage.Paragraph(signature, BodyFont, BodyHalfPoints, JustificationValues.Right, signature: true));
        }

        if (document.Date is { } date)
        {
            body.Append(GongwenPage.Paragraph(GongwenDocument.DateText(date), BodyFont, BodyHalfPoints, JustificationValues.Right, signature: true));
        }

        body.Append(GongwenPage.Section(null));
        main.Document = new Document(body);
        main.Document.Save();
    }

    public static byte[] ToBytes(GongwenDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return stream.ToArray();
    }
}
