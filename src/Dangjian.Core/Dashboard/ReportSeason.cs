namespace Dangjian.Core.Dashboard;

/// <summary>
/// Which year's duty report is due on a day: the current year's from November (述职 at the year's end), last year's
/// until the end of March; none in between, when no report is being written.
/// </summary>
public static class ReportSeason
{
    public static int? YearDue(DateOnly today) => today.Month switch
    {
        >= 11 => today.Year,
        <= 3 => today.Year - 1,
        _ => null,
    };
}
