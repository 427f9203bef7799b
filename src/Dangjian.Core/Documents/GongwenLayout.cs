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

    /// <summary>The type area's width (210 − 28 − 26 = 156 mm ≈ 442 pt).</summary>
    public static readonly int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>
    /// 28 characters per line: the body runs' character spacing in twips (w:spacing), the largest whole value that still
    /// fits 28 characters of 3号 into the type area (442 pt / 28 = 15.79 pt, so 16 pt characters are drawn 0.25 pt
    /// closer; 29 would need 15.25 pt). A character grid (w:docGrid linesAndChars with charSpace) does not do it:
    /// LibreOffice places each 16 pt character on whole grid cells, so cells of 15.79 pt give 14 characters a line, and
    /// relative to its 12 pt default size 18 — the report's earlier layout.
    /// </summary>
    public static readonly int CharSpacing = (int)Math.Floor((double)TextWidth / CharsPerLine - BodySize * 10);

    /// <summary>One body character's advance in twips (16 pt plus <see cref="CharSpacing"/>).</summary>
    public static int CharAdvance => BodySize * 10 + CharSpacing;

    /// <summary>Font sizes in half-points: 2号 = 22 pt (title), 3号 = 16 pt (body).</summary>
    public const int TitleSize = 44;
    public const int BodySize = 32;

    /// <summary>Body paragraphs indent their first line by two body characters.</summary>
    public static int FirstLineIndent => 2 * CharAdvance;

    /// <summary>署名 and 成文日期 end four characters from the right margin.</summary>
    public static int SignatureRightIndent => 4 * CharAdvance;

    /// <summary>The 公文 fonts come first; Linux falls back to Noto CJK through fontconfig.</summary>
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";

    /// <summary>页码: 4号 (14 pt) 半角宋体, "— 1 —" (centred here; the standard puts odd pages right and even pages left).</summary>
    public const int PageNumberSize = 28;
    public const string PageNumberFont = "宋体";

    /// <summary>一级标题 (一、二、三、) in 黑体.</summary>
    public const string HeadingFont = "黑体";
}
