using System.Globalization;
using System.Text.RegularExpressions;

namespace Dangjian.Core.Imports;

/// <summary>Dates as ledgers write them: 1985-03-12, 1985/3/12, 1985.3.12, 1985年3月12日, 1985年3月, 19850312, an Excel serial.</summary>
public static partial class SheetDate
{
    /// <summary>The date a cell's text names, or null when it names none (month-only dates mean the 1st).</summary>
    public static DateOnly? Parse(string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 73051 && text.Length < 8)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        return FromText(text);
    }

    /// <summary>
    /// The date written text names (not an Excel serial), or null. Full-width digits (typed with a Chinese input method)
    /// read as ASCII; other scripts' digits name no date.
    /// </summary>
    public static DateOnly? FromText(string text)
    {
        text = AsciiDigits(text.Trim());
        if (Iso(text) is { } iso)
        {
            return iso;
        }

        var m = Pattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static string AsciiDigits(string text) =>
        text.AsSpan().IndexOfAnyInRange('０', '９') < 0 ? text : string.Concat(text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c));

    /// <summary>
    /// 1985-03-12 exactly, the form most cells hold, read without the pattern (a 100,000-row roster has 300,000 dates);
    /// null for any other text, which the pattern then reads as before.
    /// </summary>
    public static DateOnly? Iso(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1900 and < 2100
            ? date
            : null;

    [GeneratedRegex(@"^(?<y>(19|20)[0-9]{2})(?:[-/.年]\s*(?<m>[0-9]{1,2})(?:\s*[-/.月]\s*(?<d>[0-9]{1,2})\s*日?|\s*月?)?|(?<m>[0-9]{2})(?<d>[0-9]{2}))$")]
    public static partial Regex Pattern();
}
