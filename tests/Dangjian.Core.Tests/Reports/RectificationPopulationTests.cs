using System.Text.RegularExpressions;
using Dangjian.Core.Data;
using Dangjian.Core.Demo;
using Dangjian.Core.Indicators;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>
/// The rectification figures' populations: raised and closed in one sentence are of the same items, and every item is in
/// exactly one of 已销号 / 待销号 / 整改中 / 逾期 — in SQL (the figures) and in memory (二、 and the review pages) alike.
/// </summary>
public sealed partial class RectificationPopulationTests : DemoTownshipDatabase
{
    private const int Year = 2025;

    [GeneratedRegex(@"提出整改事项(\d+)个，已整改销号(\d+)个(?:，其中按期销号(\d+)个)?")]
    private static partial Regex RaisedAndClosed();

    [Fact]
    public async Task Closed_items_are_of_those_raised_and_each_item_has_one_state()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        var v = world.Villages[0];
        world.Rectification(v, new(Year, 2, 1), new(Year, 3, 1), new(Year, 2, 20)); // 已销号, on time
        world.Rectification(v, new(Year, 4, 1), new(Year, 5, 1), new(Year, 6, 10)); // 已销号, late
        var awaiting = world.Rectification(v, new(Year, 9, 1), new(Year, 12, 1)); // submitted before its deadline: 待销号, not overdue
        (awaiting.Status, awaiting.SubmittedOn) = (RectificationStatus.Submitted, new DateOnly(Year, 11, 20));
        var late = world.Rectification(v, new(Year, 9, 1), new(Year, 10, 1)); // submitted after its deadline: 待销号 too
        (late.Status, late.SubmittedOn) = (RectificationStatus.Submitted, new DateOnly(Year, 10, 9));
        var sentBack = world.Rectification(v, new(Year, 6, 1), new(Year, 7, 1)); // sent back, past the deadline: 逾期
        (sentBack.Status, sentBack.SubmittedOn) = (RectificationStatus.Open, new DateOnly(Year, 6, 28));
        world.Rectification(world.Villages[1], new(Year, 11, 1), new(Year + 1, 2, 1)); // 整改中
        world.Rectification(v, new(Year, 3, 1), new(Year, 4, 1)); // 逾期
        world.Rectification(v, new(Year - 1, 11, 1), new(Year, 1, 31), new(Year, 1, 20)); // raised last year, closed this year
        world.Rectification(v, new(Year - 1, 10, 1), new(Year - 1, 12, 1)); // raised last year, still 逾期
        await world.Db.SaveChangesAsync();
        var service = new IndicatorService(world.Db, IndicatorCatalog.Builtin, new DateOnly(Year + 1, 1, 10));
        async Task<decimal> Value(string id) => (await service.ComputeAsync(id, world.Township, Year)).Figure?.Value ?? 0;

        (await Value("rectification.raised")).ShouldBe(7);
        (await Value("rectification.raised-signed-off")).ShouldBe(2, "the item raised last year is not among this year's 7");
        (await Value("rectification.raised-signed-off-on-time")).ShouldBe(1);
        (await Value("rectification.closed")).ShouldBe(3, "closed in the year, raised in any year");
        (await Value("rectification.awaiting")).ShouldBe(2);
        (await Value("rectification.in-progress")).ShouldBe(1);
        (await Value("rectification.overdue")).ShouldBe(3);
        (await Value("rectification.open")).ShouldBe(6);

        await EachItemHasOneStateAsync(world.Db, new DateOnly(Year, 12, 31));
        await EachItemHasOneStateAsync(world.Db, new DateOnly(Year, 6, 30));
        var report = await new ReportComposer(world.Db, new DateOnly(Year + 1, 1, 10)).ComposeAsync(new ReportInput(world.Township, Year));
        RaisedAndClosed().Match(report.Render(ReportSection.Highlights)).Groups.Values.Skip(1).Select(g => g.Value).ShouldBe(["7", "2", "1"]);
        report.Render(ReportSection.Problems).ShouldContain("尚有3个整改事项超过整改期限仍未报送整改材料");
    }

    [Fact]
    public async Task The_demo_report_closes_no_more_items_than_it_raised()
    {
        await using var db = Open();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var report = await new ReportComposer(db, Today).ComposeAsync(new ReportInput(township, Today.Year));
        var match = RaisedAndClosed().Match(report.Render(ReportSection.Highlights));
        match.Success.ShouldBeTrue("the demo township raises and closes rectification items this year");
        var (raised, closed) = (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
        closed.ShouldBeLessThanOrEqualTo(raised);
        if (match.Groups[3].Success)
        {
            int.Parse(match.Groups[3].Value).ShouldBeLessThanOrEqualTo(closed);
        }

        await EachItemHasOneStateAsync(db, Today);
    }

    /// <summary>Every item raised by the date is in exactly one state by the SQL conditions, the same one as in memory.</summary>
    private static async Task EachItemHasOneStateAsync(AppDbContext db, DateOnly asOf)
    {
        var items = await db.RectificationItems.Where(r => r.RaisedOn <= asOf).ToListAsync();
        items.ShouldNotBeEmpty();
        var members = new Dictionary<int, List<RectificationState>>();
        foreach (var state in Enum.GetValues<RectificationState>())
        {
            foreach (var id in await db.RectificationItems.Where(r => r.RaisedOn <= asOf).Where(RectificationStates.Is(state, asOf)).Select(r => r.Id).ToListAsync())
            {
                members.TryAdd(id, []);
                members[id].Add(state);
            }
        }

        foreach (var item in items)
        {
            members.GetValueOrDefault(item.Id).ShouldBe([RectificationStates.Of(item, asOf)], $"item {item.Id} on {asOf}");
        }
    }
}
