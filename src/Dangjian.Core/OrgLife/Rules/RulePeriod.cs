using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Rules;

public enum RulePeriod { Month, Quarter, Year }

/// <summary>Calendar slots of a period: a meeting counts for the slot whose [Start, End] contains its date.</summary>
public static class RulePeriods
{
    public static DateOnly StartOf(RulePeriod period, DateOnly date) => period switch
    {
        RulePeriod.Month => new DateOnly(date.Year, date.Month, 1),
        RulePeriod.Quarter => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
        _ => new DateOnly(date.Year, 1, 1),
    };

    public static DateOnly Next(RulePeriod period, DateOnly start) => period switch
    {
        RulePeriod.Month => start.AddMonths(1),
        RulePeriod.Quarter => start.AddMonths(3),
        _ => start.AddYears(1),
    };

    /// <summary>Slots whose last day lies in [from, to]; a slot that began before <paramref name="from"/> is included.</summary>
    public static IEnumerable<(DateOnly Start, DateOnly End)> SlotsEndingIn(RulePeriod period, DateOnly from, DateOnly to)
    {
        for (var start = StartOf(period, from); start <= to; start = Next(period, start))
        {
            var end = Next(period, start).AddDays(-1);
            if (end >= from && end <= to)
            {
                yield return (start, end);
            }
        }
    }
}
