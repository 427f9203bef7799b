using System.Globalization;

namespace Dangjian.Core.Members.Import;

/// <summary>One data row: its row number as the spreadsheet shows it (header row = 1 unless a title row precedes it).</summary>
public readonly record struct RosterRow(int RowNumber, object?[] Cells)
{
    public object? this[int column] => column < Cells.Length ? Cells[column] : null;
}

/// <summary>
/// Reads the first sheet of an .xlsx (<see cref="XlsxSheetRows"/>), an .xls or a .csv (ExcelDataReader) row by row, so a
/// 100,000-row roster is never held in memory. The header row is the first of the first 10 rows naming at least two
/// known fields (a title row such as "某村党员花名册" above it is skipped), else the first non-empty row.
/// </summary>
public sealed class RosterReader : IDisposable
{
    private const int HeaderSearchRows = 10;

    private readonly Stream stream;
    private readonly ISheetRows reader;
    private readonly List<RosterRow> buffered = [];
    private readonly Func<string?, bool> isKnownHeader;
    private int rowNumber;

    private RosterReader(Stream stream, RosterFormat format, Func<string?, bool>? isKnownHeader = null)
    {
        this.stream = stream;
        this.isKnownHeader = isKnownHeader ?? (h => RosterFields.Guess(h) is not null);
        reader = format == RosterFormat.Xlsx ? new XlsxSheetRows(stream) : new ExcelSheetRows(stream, format);
        Headers = FindHeaders();
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>The spreadsheet row number of the header row.</summary>
    public int HeaderRow { get; private set; }

    public static RosterReader Open(string path, RosterFormat format) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), format);

    public static RosterReader Open(Stream stream, RosterFormat format) => new(stream, format);

    /// <summary>A sheet of another kind than a roster: <paramref name="isKnownHeader"/> recognises its header row.</summary>
    public static RosterReader Open(Stream stream, RosterFormat format, Func<string?, bool> isKnownHeader) => new(stream, format, isKnownHeader);

    /// <summary>The data rows after the header, skipping rows with no value at all.</summary>
    public IEnumerable<RosterRow> Rows()
    {
        foreach (var row in buffered)
        {
            if (!IsEmpty(row.Cells))
            {
                yield return row;
            }
        }

        buffered.Clear();
        while (Next() is { } row)
        {
            if (!IsEmpty(row.Cells))
            {
                yield return row;
            }
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        stream.Dispose();
    }

    private RosterRow? Next()
    {
        return reader.Next() is { } cells ? new RosterRow(++rowNumber, cells) : null;
    }

    private List<string> FindHeaders()
    {
        var seen = new List<RosterRow>();
        while (seen.Count < HeaderSearchRows && Next() is { } row)
        {
            seen.Add(row);
            if (row.Cells.Count(c => isKnownHeader(Text(c))) >= 2)
            {
                return TakeHeader(seen, seen.Count - 1);
            }
        }

        var first = seen.FindIndex(r => !IsEmpty(r.Cells));
        return first < 0 ? [] : TakeHeader(seen, first);
    }

    private List<string> TakeHeader(List<RosterRow> seen, int index)
    {
        HeaderRow = seen[index].RowNumber;
        buffered.AddRange(seen.Skip(index + 1));
        var headers = seen[index].Cells.Select(c => Text(c) ?? "").ToList();
        while (headers.Count > 0 && headers[^1].Length == 0)
        {
            headers.RemoveAt(headers.Count - 1);
        }

        return headers;
    }

    private static bool IsEmpty(object?[] cells) => cells.All(c => c is null || c is string s && string.IsNullOrWhiteSpace(s));

    /// <summary>A cell as trimmed text: numbers without exponent or ".0", dates as yyyy-MM-dd; null when blank.</summary>
    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d => d.ToString(d == Math.Floor(d) && Math.Abs(d) < 1e15 ? "0" : "0.##########", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim(),
    };
}
