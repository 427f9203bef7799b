using Dangjian.Core.Indicators;
using Dangjian.Core.Meetings;
using Dangjian.Core.Tests.Data;
using Dangjian.Core.Members;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>
/// What a report reads once (docs/decisions/0017-queries-at-the-floor.md, seventh pass): the county's yearly statistics and
/// their values of the year and the year before, however many of its figures compare with the previous year.
/// </summary>
public sealed class ReportStatementsTests
{
    private const int Year = 2025;

    [Fact]
    public async Task Statistics_compared_with_the_year_before_are_read_once()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        var clock = new FakeTimeProvider(new DateTimeOffset(Year + 1, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var saved = await LandStatisticAsync(world);
        var entry = new StatisticEntry(world.Db, clock);
        (await entry.SaveAsync(Year - 1, [new(world.Villages[0].Id, saved, "100"), new(world.Villages[1].Id, saved, "100")])).Succeeded.ShouldBeTrue();
        (await entry.SaveAsync(Year, [new(world.Villages[0].Id, saved, "150"), new(world.Villages[1].Id, saved, "100")])).Succeeded.ShouldBeTrue();
        world.Members(4, new DateOnly(2010, 1, 1), MemberStatus.Full);
        world.Meetings(Year, MeetingKind.MemberAssembly, 2);
        await world.Db.SaveChangesAsync();
        var members = await world.Db.Members.Select(m => new { m.Id, m.OrganizationId }).ToListAsync();
        foreach (var meeting in await world.Db.Meetings.ToListAsync())
        {
            world.Db.MeetingAttendances.AddRange(members.Where(m => m.OrganizationId == meeting.OrganizationId).Select((m, i) => new MeetingAttendance
            {
                MeetingId = meeting.Id, HeldOn = meeting.HeldOn, MemberId = m.Id, Status = i == 0 ? AttendanceStatus.Absent : AttendanceStatus.Present,
            }));
        }

        await world.Db.SaveChangesAsync();
        var statements = new StatementLog();
        await using var db = world.OpenWith(statements);
        var township = await db.Organizations.SingleAsync(o => o.Id == world.Township.Id);
        statements.Texts.Clear();
        var report = await new ReportComposer(db, new DateOnly(Year + 1, 1, 15)).ComposeAsync(new ReportInput(township, Year));

        report.Render(ReportSection.Highlights).ShouldContain("流转土地250.0亩，较上年增长25.0%");
        report.Figures["fig:meetings.participation"].ShouldBe("50%");
        var values = Reading(statements, "statistic_values");
        values.Count.ShouldBe(1, "this year's values and the year before's from one statement");
        Reading(statements, "yearly_statistics").Except(values).Count().ShouldBe(1, "the county's statistics read once for both years");
        var rate = statements.Texts.Single(t => t.Contains("\"Present\"", StringComparison.Ordinal) && t.Contains("\"Due\"", StringComparison.Ordinal) && !t.Contains("meeting_id\" AS", StringComparison.Ordinal));
        rate.Split("\"meetings\" AS").Length.ShouldBe(2, "the attendance rate joins the meetings once");
    }

    [Fact]
    public async Task A_composer_drafting_several_reports_reads_the_county_statistics_once()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        await LandStatisticAsync(world);
        var statements = new StatementLog();
        await using var db = world.OpenWith(statements);
        var township = await db.Organizations.SingleAsync(o => o.Id == world.Township.Id);
        var composer = new ReportComposer(db, new DateOnly(Year + 1, 1, 15));
        statements.Texts.Clear();

        var first = await composer.ComposeAsync(new ReportInput(township, Year));
        var second = await composer.ComposeAsync(new ReportInput(township, Year - 1));

        Definitions(statements).Count.ShouldBe(1, "the county's statistics are the same for every report the composer drafts");
        second.Paragraphs.Count.ShouldBeGreaterThan(0);
        first.Paragraphs.Count.ShouldBeGreaterThan(0);
    }

    /// <summary>The county's statistic 土地流转面积 and a sentence of its template comparing it with the year before.</summary>
    private static async Task<int> LandStatisticAsync(ReportWorld world)
    {
        var saved = (await new StatisticDefinitions(world.Db).SaveAsync(world.County, new StatisticDraft { Code = "land.transfer", Name = "土地流转面积", Unit = "亩", Decimals = "1" })).Id!.Value;
        var themes = ReportTemplate.Default.Highlights!.ToList();
        themes[^1] = themes[^1] with { Sentences = [.. themes[^1].Sentences, new() { Clauses = ["流转土地{{fig:county.land}}{{cmp:county.land}}"] }] };
        await world.CountyTemplateAsync(new ReportTemplate
        {
            Highlights = themes,
            Indicators = [new IndicatorDefinition { Id = "county.land", Name = "流转土地", Unit = "亩", Source = "statistics", Kind = IndicatorKind.Sum, Filter = "land.transfer", Compare = IndicatorComparison.PreviousYear }],
        });

        return saved;
    }

    private static List<string> Definitions(StatementLog statements) =>
        Reading(statements, "yearly_statistics").Where(t => !t.Contains("statistic_values", StringComparison.Ordinal)).ToList();

    private static List<string> Reading(StatementLog statements, string table) =>
        statements.Texts.Where(t => t.Contains($"FROM \"{table}\"", StringComparison.Ordinal) || t.Contains($"JOIN \"{table}\"", StringComparison.Ordinal)).ToList();
}
