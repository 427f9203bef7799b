using System.Globalization;
using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Development;

/// <summary>Working days: Monday–Friday, except the recorded holidays, plus the recorded 调休 weekend days.</summary>
public sealed class WorkingCalendar(IEnumerable<CalendarDay> exceptions)
{
    private readonly Dictionary<DateOnly, bool> days = exceptions.ToDictionary(d => d.Date, d => d.IsWorkday);

    public static WorkingCalendar Default { get; } = new(ChinaHolidays.Days);

    /// <summary>The county's calendar as recorded (holidays and 调休 days).</summary>
    public static async Task<WorkingCalendar> LoadAsync(AppDbContext db, CancellationToken ct = default) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(ct));

    public bool IsWorkday(DateOnly day) =>
        days.TryGetValue(day, out var work) ? work : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The <paramref name="count"/>-th working day counting from <paramref name="start"/> itself.</summary>
    public DateOnly NthWorkday(DateOnly start, int count)
    {
        var day = start;
        var seen = IsWorkday(day) ? 1 : 0;
        while (seen < count)
        {
            day = day.AddDays(1);
            seen += IsWorkday(day) ? 1 : 0;
        }

        return day;
    }

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public int WorkdaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            count += IsWorkday(d) ? 1 : 0;
        }

        return count;
    }

    public static string Format(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
