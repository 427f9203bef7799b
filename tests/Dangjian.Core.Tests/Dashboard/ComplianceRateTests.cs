using Dangjian.Core.Dashboard;
using Dangjian.Core.Indicators;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Tests.Reports;
using Shouldly;

namespace Dangjian.Core.Tests.Dashboard;

/// <summary>The overview's 组织生活按规定开展率 (compliance.rate) and the duty report's season, from records the test writes.</summary>
public sealed class ComplianceRateTests
{
    private static Meeting At(ReportWorld world, MeetingKind kind, DateOnly on, int enteredDaysLater = 0) => new()
    {
        OrganizationId = world.Villages[0].Id, Kind = kind, HeldOn = on, Topic = kind.ToString(),
        EnteredAtUtc = on.AddDays(enteredDaysLater).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
    };

    [Fact]
    public async Task The_rate_is_the_share_of_ended_required_slots_held_on_time_or_late()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 1);
        // One branch without full members: of the required rules, member assembly (4 quarters), theme day (12 months), party
        // lecture, organizational-life meeting and democratic appraisal (once each) apply; 19 slots in 2025. The township's
        // own rules are optional.
        world.Db.Meetings.AddRange(
            At(world, MeetingKind.ThemeDay, new(2025, 1, 10)), At(world, MeetingKind.ThemeDay, new(2025, 2, 10)),
            At(world, MeetingKind.ThemeDay, new(2025, 3, 10), enteredDaysLater: 30), At(world, MeetingKind.MemberAssembly, new(2025, 3, 20)));
        await world.Db.SaveChangesAsync();

        (await Rate(world, new DateOnly(2026, 1, 10))).ShouldBe("21%", "4 of 19 held (one late)");
        var records = await new IndicatorService(world.Db, IndicatorCatalog.Builtin, new DateOnly(2026, 1, 10)).RecordsAsync("compliance.rate", world.Township, 2025);
        records.Count.ShouldBe(19, "the figure page lists every slot the rate judged");
        records.Count(r => r.Label.EndsWith("：未开展", StringComparison.Ordinal)).ShouldBe(15);
        (await Rate(world, new DateOnly(2025, 3, 15))).ShouldBe("100%", "on 15 March only January and February have ended, both held");
        (await Rate(world, new DateOnly(2025, 1, 20))).ShouldBeNull("no required slot has ended yet");
    }

    [Theory]
    [InlineData("2026-11-01", 2026)]
    [InlineData("2026-12-31", 2026)]
    [InlineData("2027-01-05", 2026)]
    [InlineData("2027-03-31", 2026)]
    [InlineData("2027-04-01", null)]
    [InlineData("2027-10-31", null)]
    public void The_duty_report_is_due_from_November_until_March(string day, int? year) =>
        ReportSeason.YearDue(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(year);

    private static async Task<string?> Rate(ReportWorld world, DateOnly today) =>
        (await new IndicatorService(world.Db, IndicatorCatalog.Builtin, today).ComputeAsync("compliance.rate", world.Township, 2025)).Figure?.Text;
}
