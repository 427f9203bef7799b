using Dangjian.Core.Development;
using Shouldly;

namespace Dangjian.Core.Tests.Development;

public sealed class CalendarTests
{
    private static readonly WorkingCalendar C = WorkingCalendar.Default;

    [Theory]
    [InlineData(2025, 10, 8, false)] // 国庆节、中秋节
    [InlineData(2025, 10, 11, true)] // Saturday, 调休
    [InlineData(2026, 2, 14, true)] // Saturday, 调休
    [InlineData(2026, 2, 23, false)] // Monday in the Spring Festival
    [InlineData(2026, 5, 9, true)] // Saturday, 调休
    [InlineData(2026, 3, 14, false)] // an ordinary Saturday
    [InlineData(2026, 3, 16, true)] // an ordinary Monday
    public void Holidays_and_adjusted_days_override_the_week(int y, int m, int d, bool workday) =>
        C.IsWorkday(new DateOnly(y, m, d)).ShouldBe(workday);

    [Fact]
    public void Counting_starts_on_the_first_day_when_it_is_a_working_day()
    {
        C.NthWorkday(new DateOnly(2026, 3, 9), 5).ShouldBe(new DateOnly(2026, 3, 13));
        C.NthWorkday(new DateOnly(2026, 3, 14), 1).ShouldBe(new DateOnly(2026, 3, 16));
        C.NthWorkday(new DateOnly(2025, 9, 30), 5).ShouldBe(new DateOnly(2025, 10, 13)); // 9-30, 10-9, 10-10, 10-11 (调休), 10-13
        C.WorkdaysBetween(new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 12)).ShouldBe(4);
    }
}
