using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dangjian.Core.Documents;

/// <summary>One cell of a <see cref="GongwenTable"/>: its text, how many grid columns it spans, whether it is a label (黑体, centred) or centred.</summary>
public sealed record GongwenCell(string Text, int Span = 1, bool Label = false, bool Centred = false);

/// <summary>
/// A ruled table across the 公文 type area (<see cref="GongwenLayout.TextWidth"/>): 4号 (14 pt) text, 仿宋 for values and 黑体
/// for labels, cells centred vertically. Tables sit between body paragraphs; the page grid does not apply inside them.
/// </summary>
public static class GongwenTable
{
    public const int CellSize = 28;
    private const int CellLine = 400;

    /// <param name="widths">Column widths as shares of the type area (they are scaled to fill it).</param>
    /// <param name="keepTogether">keep the table on one page where it fits (a record sheet), rather than only each row.</param>
    public static Table Create(IReadOnlyList<int> widths, IReadOnlyList<IReadOnlyList<GongwenCell>> rows, bool keepTogether = false)
    {
        var twips = Scale(widths);
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = Text(twips.Sum()) },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(twips.Select(w => new GridColumn { Width = Text(w) })));
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            var column = 0;
            foreach (var cell in row)
            {
                tr.Append(Cell(cell, twips.Skip(column).Take(cell.Span).Sum(), keepTogether && i + 1 < rows.Count));
                column += cell.Span;
            }

            table.Append(tr);
        }

        return table;
    }

    private static TableCell Cell(GongwenCell cell, int width, bool keepWithNext)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = Text(width) });
        if (cell.Span > 1)
        {
            properties.Append(new GridSpan { Val = cell.Span });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var font = cell.Label ? GongwenLayout.HeadingFont : GongwenLayout.BodyFont;
        var lines = XmlSafe(cell.Text).Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var tc = new TableCell(properties);
        tc.Append(lines.Select(line => Paragraph(line, font, cell.Label || cell.Centred, keepWithNext)));
        return tc;
    }

    private static Paragraph Paragraph(string text, string font, bool centred, bool keepWithNext) => new(
        new ParagraphProperties(
            new KeepNext { Val = keepWithNext },
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Line = Text(CellLine), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            new Justification { Val = centred ? JustificationValues.Center : JustificationValues.Left }),
        new Run(
            new RunProperties(
                new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
                new FontSize { Val = Text(CellSize) }, new FontSizeComplexScript { Val = Text(CellSize) }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>Recorded text may hold characters XML cannot (control characters pasted in); the document leaves them out.</summary>
    private static string XmlSafe(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i) || (i > 0 && char.IsSurrogatePair(text[i - 1], text[i])))
            {
                kept.Append(text[i]);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    private static List<int> Scale(IReadOnlyList<int> widths)
    {
        var total = widths.Sum();
        var scaled = widths.Select(w => GongwenLayout.TextWidth * w / total).ToList();
        scaled[^1] += GongwenLayout.TextWidth - scaled.Sum();
        return scaled;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
