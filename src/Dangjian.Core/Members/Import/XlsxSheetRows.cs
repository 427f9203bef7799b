using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Dangjian.Core.Members.Import;

/// <summary>The rows of a sheet, one at a time: every cell's value (string, double, DateTime, TimeSpan, bool or null).</summary>
internal interface ISheetRows : IDisposable
{
    /// <summary>The next row's cells (a row missing from the file comes back empty), null after the last.</summary>
    object?[]? Next();
}

/// <summary>
/// The first sheet of an .xlsx read once, forward only, with one XmlReader (ExcelDataReader read the whole sheet on open
/// to count its columns, then again for the rows). Values are typed as ExcelDataReader types them, so a roster reads as before:
/// shared, inline and formula strings as strings, numbers as double unless the cell's style shows a date (DateTime) or a
/// duration (TimeSpan), t="b" as bool, t="d" (yyyy-MM-dd) as DateTime, errors as null. Rows and columns follow the
/// r attributes when present (so row numbers are the spreadsheet's), else come one after another.
/// </summary>
internal sealed class XlsxSheetRows : ISheetRows
{
    private const int MaxColumns = 16_384; // XFD1048576: a reference beyond the sheet is ignored (a forged one would cost rows or memory)
    private const int MaxRows = 1_048_576;

    private static readonly object?[] NoCells = [];

    private readonly ZipArchive zip;
    private readonly XlsxWorkbook workbook;
    private XmlReader? x; // null once the sheet's rows are read
    private readonly string row, c, v, @is;
    private readonly List<object?> cells = [];
    private int lastRow; // the spreadsheet number of the row last returned
    private int pendingRow; // a row read ahead of the missing rows before it
    private object?[]? pending;

    public XlsxSheetRows(Stream stream)
    {
        zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        workbook = XlsxWorkbook.Load(zip);
        var names = new NameTable();
        (row, c, v, @is) = (names.Add("row"), names.Add("c"), names.Add("v"), names.Add("is"));
        if (workbook.Sheet is { } sheet)
        {
            x = XlsxXml.Open(sheet, names);
            while (x.Read() && !(x.NodeType == XmlNodeType.Element && x.LocalName == "sheetData"))
            {
            }

            if (x.EOF || x.IsEmptyElement)
            {
                x.Dispose();
                x = null;
            }
        }
    }

    public object?[]? Next()
    {
        if (pending is not null)
        {
            return ++lastRow < pendingRow ? NoCells : Take();
        }

        if (x is null)
        {
            return null;
        }

        if (!ReadToRow())
        {
            x.Dispose();
            x = null;
            return null;
        }

        pendingRow = int.TryParse(x.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > lastRow && r <= MaxRows
            ? r
            : lastRow + 1;
        pending = ReadRow();
        return ++lastRow < pendingRow ? NoCells : Take();
    }

    private object?[] Take()
    {
        var taken = pending!;
        pending = null;
        return taken;
    }

    // Positions the reader on the next <row>, false at the end of <sheetData> (the one end tag met at this level).
    private bool ReadToRow()
    {
        x!.Read();
        while (!x.EOF && x.NodeType != XmlNodeType.EndElement)
        {
            if (x.NodeType == XmlNodeType.Element && ReferenceEquals(x.LocalName, row))
            {
                return true;
            }

            x.Skip();
        }

        return false;
    }

    private object?[] ReadRow()
    {
        cells.Clear();
        if (x!.IsEmptyElement)
        {
            return NoCells;
        }

        x.Read();
        while (!x.EOF && x.NodeType != XmlNodeType.EndElement)
        {
            if (x.NodeType == XmlNodeType.Element && ReferenceEquals(x.LocalName, c))
            {
                ReadCell();
            }
            else
            {
                x.Skip();
            }
        }

        return [.. cells];
    }

    private void ReadCell()
    {
        var (column, type, style) = (cells.Count, (string?)null, -1);
        while (x!.MoveToNextAttribute())
        {
            switch (x.LocalName)
            {
                case "r":
                    column = Column(x.Value) ?? column;
                    break;
                case "t":
                    type = x.Value;
                    break;
                case "s":
                    style = int.TryParse(x.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : -1;
                    break;
            }
        }

        x.MoveToElement();
        object? value = null;
        if (!x.IsEmptyElement)
        {
            x.Read();
            while (!x.EOF && x.NodeType != XmlNodeType.EndElement)
            {
                if (x.NodeType == XmlNodeType.Element && (ReferenceEquals(x.LocalName, v) || ReferenceEquals(x.LocalName, @is)))
                {
                    var raw = ReferenceEquals(x.LocalName, v) ? x.ReadElementContentAsString() : XlsxXml.ReadItem(x);
                    value = raw.Length == 0 ? value : Value(raw, type, style);
                }
                else
                {
                    x.Skip();
                }
            }
        }

        x.Read();
        while (cells.Count <= column)
        {
            cells.Add(null);
        }

        cells[column] = value;
    }

    private object? Value(string raw, string? type, int style)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < workbook.SharedStrings.Length
                    ? workbook.SharedStrings[i]
                    : raw;
            case "inlineStr" or "str":
                return XlsxXml.Unescape(raw);
            case "b":
                return raw == "1";
            case "d":
                return DateTime.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date) ? date : raw;
            case "e":
                return null;
        }

        if (XlsxNumberFormat.Number(raw) is not { } number)
        {
            return raw;
        }

        return (style >= 0 && style < workbook.Styles.Length ? workbook.Styles[style] : XlsxNumberKind.Number) switch
        {
            XlsxNumberKind.Date => XlsxNumberFormat.Date(number, workbook.Date1904),
            // a forged duration (NaN, 1e300) stays a number: TimeSpan.FromDays would throw
            XlsxNumberKind.Duration => Math.Abs(number) < TimeSpan.MaxValue.TotalDays ? TimeSpan.FromDays(number) : number,
            _ => number,
        };
    }

    // "AB12" → 27 (0-based), null when it is no reference within the sheet's 16,384 columns.
    private static int? Column(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + char.ToUpperInvariant(reference[i]) - 'A' + 1;
            if (column > MaxColumns)
            {
                return null;
            }
        }

        return i > 0 && i < reference.Length && char.IsAsciiDigit(reference[i]) ? column - 1 : null;
    }

    public void Dispose()
    {
        x?.Dispose();
        zip.Dispose();
    }
}
