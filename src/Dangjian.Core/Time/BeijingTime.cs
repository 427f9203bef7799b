namespace Dangjian.Core.Time;

/// <summary>
/// The one clock of the domain: instants are UTC from <see cref="TimeProvider"/>; "now", "today" and every time a
/// user sees are China Standard Time, whatever the server's own time zone.
/// </summary>
public static class BeijingTime
{
    /// <summary>Asia/Shanghai; a fixed UTC+8 when the system has no time-zone data (exact: China keeps no daylight saving).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间");

    /// <summary>The current instant, as stored: a UTC DateTime.</summary>
    public static DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    /// <summary>The wall-clock time in Beijing now.</summary>
    public static DateTime Now(this TimeProvider clock) => clock.UtcNow().ToBeijing();

    /// <summary>Today's date in Beijing.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.Now());

    /// <summary>The Beijing wall-clock time of a stored instant (a UTC DateTime; an unspecified kind is read as UTC).</summary>
    public static DateTime ToBeijing(this DateTime utc)
    {
        var instant = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return DateTime.SpecifyKind(instant + Zone.GetUtcOffset(instant), DateTimeKind.Unspecified);
    }

    /// <summary>The Beijing date on which a stored instant fell.</summary>
    public static DateOnly BeijingDate(this DateTime utc) => DateOnly.FromDateTime(utc.ToBeijing());

    /// <summary>The instant (UTC) at which a Beijing date begins: the lower bound when searching stored instants by date.</summary>
    public static DateTime StartUtc(this DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return DateTime.SpecifyKind(midnight - Zone.GetUtcOffset(midnight), DateTimeKind.Utc);
    }
}
