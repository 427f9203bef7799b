namespace Dangjian.Core.Documents;

/// <summary>
/// GB/T 9704-2012 党政机关公文格式, in Word units (twips = 1/20 pt; half-points for font sizes). One place for the
/// constants so every .docx writer (述职报告, 督查通报…) lays pages out the same way.
/// </summary>
public static class GongwenLayout
{
    private const double TwipsPerMm = 1440 / 25.4;

    public static int Mm(double mm) => (int)Math.Round(mm * TwipsPerMm);

    // A4 210 × 297 mm
    public static readonly int PageWidth = Mm(210);
    public static readonly int PageHeight = Mm(297);
    public static readonly int MarginTop = Mm(37);
    public static readonly int MarginBottom = Mm(35);
    public static readonly int MarginLeft = Mm(28);
    public static readonly int MarginRight = Mm(26);

    /// <summary>22 lines per page: the type area's height (297 − 37 − 35 = 225 mm) divided by 22.</summary>
    public const int LinesPerPage = 22;
    public const int CharsPerLine = 28;
    public static readonly int LinePitch = (PageHeight - MarginTop - MarginBottom) / LinesPerPage;

    /// <summary>
    /// 28 characters per line: the document grid's extra space per character, in 1/4096 pt relative to the 16 pt body
    /// font (the type area, 156 mm, gives 15.8 pt per character, so slightly negative).
    /// </summary>
    public static readonly int CharSpace = (int)Math.Round(((double)(PageWidth - MarginLeft - MarginRight) / CharsPerLine / 20 - BodySize / 2.0) * 4096);

    /// <summary>Font sizes in half-points: 2号 = 22 pt (title), 3号 = 16 pt (body).</summary>
    public const int TitleSize = 44;
    public const int BodySize = 32;

    /// <summary>Body paragraphs indent their first line by two characters of 3号 (2 × 16 pt).</summary>
    public const int FirstLineIndent = 2 * 16 * 20;

    /// <summary>The 公文 fonts come first; Linux falls back to Noto CJK through fontconfig.</summary>
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";

    /// <summary>页码: 4号 (14 pt) 半角宋体, "— 1 —" (centred here; the standard puts odd pages right and even pages left).</summary>
    public const int PageNumberSize = 28;
    public const string PageNumberFont = "宋体";

    /// <summary>一级标题 (一、二、三、) in 黑体.</summary>
    public const string HeadingFont = "黑体";
}
