using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace Dangjian.Core.Tests.Time;

/// <summary>
/// The one clock at the edges of a day, a half-year and a year. scripts/test.sh runs this class with TZ=UTC and again
/// with TZ=Asia/Shanghai: the answers must not depend on the server's time zone.
/// </summary>
[Trait("Clock", "Beijing")]
public sealed class BeijingTimeTests
{
    // instant (UTC) → Beijing wall clock; written out by hand, UTC+8
    public static TheoryData<string, string> Edges => new()
    {
        { "2025-12-31T15:30:00Z", "2025-12-31 23:30" },
        { "2025-12-30T16:30:00Z", "2025-12-31 00:30" },
        { "2025-12-31T16:30:00Z", "2026-01-01 00:30" },
        { "2026-06-30T15:30:00Z", "2026-06-30 23:30" },
        { "2026-06-29T16:30:00Z", "2026-06-30 00:30" },
        { "2026-06-30T16:30:00Z", "2026-07-01 00:30" },
    };

    private static FakeTimeProvider ClockAt(string utc) =>
        new(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [MemberData(nameof(Edges))]
    public void Now_and_today_are_Beijing_wall_clock_time(string utc, string beijing)
    {
        var clock = ClockAt(utc);

        clock.Now().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(beijing);
        clock.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(beijing[..10]);
        clock.Today().Year.ShouldBe(int.Parse(beijing[..4], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Edges))]
    public void Instants_stay_UTC_and_convert_to_Beijing_from_any_kind_the_database_returns(string utc, string beijing)
    {
        var now = ClockAt(utc).UtcNow();
        now.Kind.ShouldBe(DateTimeKind.Utc);
        now.ShouldBe(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);

        var stored = DateTime.SpecifyKind(now, DateTimeKind.Unspecified);
        stored.ToBeijing().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(beijing);
        stored.BeijingDate().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(beijing[..10]);
    }

    [Fact]
    public void A_Beijing_date_starts_at_16_00_UTC_the_day_before()
    {
        var start = new DateOnly(2026, 7, 1).StartUtc();

        start.ShouldBe(new DateTime(2026, 6, 30, 16, 0, 0, DateTimeKind.Utc));
        start.Kind.ShouldBe(DateTimeKind.Utc);
        new DateOnly(2026, 1, 1).StartUtc().ShouldBe(new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void The_zone_is_China_Standard_Time_all_year()
    {
        BeijingTime.Zone.GetUtcOffset(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)).ShouldBe(TimeSpan.FromHours(8));
        BeijingTime.Zone.GetUtcOffset(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc)).ShouldBe(TimeSpan.FromHours(8));
    }
}
