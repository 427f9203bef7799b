namespace Dangjian.Core.Time;

/// <summary>
/// The date a fact happened (a meeting held, an item raised, a list published), entered apart from the moment it is
/// recorded so that any past year can be entered completely: not after today (Beijing), not before <see cref="Earliest"/>.
/// </summary>
public static class FactDates
{
    /// <summary>Before this a date is a typing mistake, not a fact of the records kept here.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>Why <paramref name="day"/> cannot be the date of the fact called <paramref name="label"/>, or null when it can.</summary>
    public static string? Problem(string label, DateOnly day, DateOnly today) =>
        day > today ? $"{label}不能晚于今天（{today:yyyy年M月d日}）。"
        : day < Earliest ? $"{label}不能早于{Earliest:yyyy年M月d日}，请核对日期。"
        : null;

    /// <summary>The same check for a fact known only by its year (such as a 红黑榜 period).</summary>
    public static string? YearProblem(string label, int year, DateOnly today) =>
        year > today.Year ? $"{label}不能晚于今年（{today.Year}年）。"
        : year < Earliest.Year ? $"{label}不能早于{Earliest.Year}年，请核对。"
        : null;
}
