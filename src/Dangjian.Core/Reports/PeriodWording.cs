using System.Globalization;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>
/// How a report or bulletin names the period its figures cover, as data (the template's "Period"): a year that is over
/// is "全年", a year still running is "截至12月3日"; a month that is over ends "12月底", one still running "12月3日".
/// Placeholders {month} and {day}; "today" is the date in Beijing.
/// </summary>
public sealed record PeriodWording
{
    public string WholeYear { get; init; } = "全年";
    public string YearToDate { get; init; } = "截至{month}月{day}日";
    public string MonthEnd { get; init; } = "{month}月底";
    public string MonthToDate { get; init; } = "{month}月{day}日";

    /// <summary>{period} of a report of <paramref name="year"/>: the whole year once it is over, otherwise up to today.</summary>
    public string Year(int year, DateOnly today) => today.Year > year ? WholeYear : Fill(YearToDate, today);

    /// <summary>The end of a month's figures: the month's end once it is over, otherwise today.</summary>
    public string Month(int year, int month, DateOnly today) =>
        today > new DateOnly(year, month, 1).AddMonths(1).AddDays(-1) ? Fill(MonthEnd, new DateOnly(year, month, 1)) : Fill(MonthToDate, today);

    /// <summary>The date a month's figures are taken on: its last day, or today while it runs.</summary>
    public static DateOnly MonthAsOf(int year, int month, DateOnly today)
    {
        var end = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        return end < today ? end : today;
    }

    private static string Fill(string text, DateOnly on) => text
        .Replace("{month}", on.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{day}", on.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
