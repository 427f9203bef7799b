using System.Globalization;

namespace Dangjian.Core.Members.Import;

/// <summary>What a number shown in a cell style becomes: a number, a date and time, or a duration ("[h]:mm").</summary>
internal enum XlsxNumberKind { Number, Date, Duration }

/// <summary>
/// The kind of an .xlsx number format, read as ExcelDataReader reads it (so a roster reads as it did): the built-in
/// date and time formats 14–22 and 45–47, and any format with a section naming y, m, d, h, s, g, AM/PM
/// outside quotes, escapes and brackets ([h], [mm], [ss] make it a duration).
/// </summary>
internal static class XlsxNumberFormat
{
    public static XlsxNumberKind BuiltIn(int id) => id switch
    {
        >= 14 and <= 22 or 45 or 47 => XlsxNumberKind.Date,
        46 => XlsxNumberKind.Duration,
        _ => XlsxNumberKind.Number,
    };

    public static XlsxNumberKind Of(string code)
    {
        var kinds = code.Split(';').Select(OfSection).ToList();
        return kinds.Contains(XlsxNumberKind.Date) ? XlsxNumberKind.Date
            : kinds.Contains(XlsxNumberKind.Duration) ? XlsxNumberKind.Duration : XlsxNumberKind.Number;
    }

    private static XlsxNumberKind OfSection(string s)
    {
        var date = false;
        for (var i = 0; i < s.Length; i++)
        {
            switch (char.ToLowerInvariant(s[i]))
            {
                case '"':
                    i = s.IndexOf('"', i + 1) is var q and >= 0 ? q : s.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var end = s.IndexOf(']', i + 1);
                    if (i + 1 < s.Length && char.ToLowerInvariant(s[i + 1]) is 'h' or 'm' or 's')
                    {
                        return XlsxNumberKind.Duration;
                    }

                    i = end < 0 ? s.Length : end;
                    break;
                case 'y' or 'm' or 'd' or 'h' or 's':
                    date = true;
                    break;
                case 'g':
                    if (string.Compare(s, i, "General", 0, 7, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        i += 6;
                    }
                    else
                    {
                        date = true;
                    }

                    break;
                case 'a':
                    date |= string.Compare(s, i, "am/pm", 0, 5, StringComparison.OrdinalIgnoreCase) == 0
                        || string.Compare(s, i, "a/p", 0, 3, StringComparison.OrdinalIgnoreCase) == 0;
                    break;
            }
        }

        return date ? XlsxNumberKind.Date : XlsxNumberKind.Number;
    }

    /// <summary>A serial as a date (Excel's 1900 leap-year bug and the 1904 system as ExcelDataReader reads them), else the number.</summary>
    public static object Date(double serial, bool date1904)
    {
        var oa = date1904 ? serial + 1462 : serial is >= 0 and < 60 ? serial + 1 : serial;
        return oa is > -657435.0 and < 2958466.0 ? DateTime.FromOADate(oa) : serial;
    }

    public static double? Number(string raw) =>
        double.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var n) ? n : null;
}
