using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Indicators;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>The responsibility loop's built-in indicators (talks, inspections, bulletins, accountability, rectification, commitments, service), computed in SQL.</summary>
public sealed class LoopIndicatorTests
{
    private const int Year = 2025;

    private static async Task<string?> TextAsync(ReportWorld world, string id, DateOnly? today = null) =>
        (await new IndicatorService(world.Db, IndicatorCatalog.Builtin, today ?? new DateOnly(Year + 1, 1, 10)).ComputeAsync(id, world.Township, Year)).Figure?.Text;

    private static Task<IReadOnlyList<RecordRef>> RecordsAsync(ReportWorld world, string id) =>
        new IndicatorService(world.Db, IndicatorCatalog.Builtin, new DateOnly(Year + 1, 1, 10)).RecordsAsync(id, world.Township, Year);

    [Fact]
    public async Task Talks_count_the_townships_talks_and_the_people_talked_to()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 3);
        world.Talks(Year, 3, 25);
        world.Talks(Year, 1, 2, TalkTarget.Cadre);
        world.Talks(Year, 2, 5, TalkTarget.Member, at: world.Villages[0]); // a branch's own talks: not the township's
        world.Talks(Year - 1, 2, 9);
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "talks.count")).ShouldBe("4次");
        (await TextAsync(world, "talks.people")).ShouldBe("27人次");
        (await TextAsync(world, "talks.secretaries")).ShouldBe("25人次");
        var records = await RecordsAsync(world, "talks.secretaries");
        records.Count.ShouldBe(3);
        records.ShouldAllBe(r => r.Type == "talk" && r.Label.Contains("约谈党组织书记"));
    }

    [Fact]
    public async Task Inspections_count_inspections_rounds_targets_and_findings()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 3);
        world.Inspections(Year, 14, rounds: 12, findingsEach: 2);
        world.Inspections(Year - 1, 3, findingsEach: 1);
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "inspections.count")).ShouldBe("14次");
        (await TextAsync(world, "inspections.rounds")).ShouldBe("12轮次", "two rounds had two teams each");
        (await TextAsync(world, "inspections.targets")).ShouldBe("28个次");
        (await TextAsync(world, "inspections.findings")).ShouldBe("28个");
        (await RecordsAsync(world, "inspections.findings")).ShouldAllBe(r => r.Type == "finding");
        (await RecordsAsync(world, "inspections.rounds")).Count.ShouldBe(14);
    }

    [Fact]
    public async Task Only_issued_bulletins_and_the_years_accountability_cases_count()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 1);
        world.Bulletins(Year, issued: 8, drafts: 2);
        world.Bulletins(Year - 1, issued: 11);
        world.Accountability(Year, 4);
        world.Accountability(Year - 1, 3);
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "bulletins.issued")).ShouldBe("8期");
        (await RecordsAsync(world, "bulletins.issued")).Select(r => r.Label).ShouldContain(l => l.Contains($"{Year}年第8期"));
        (await TextAsync(world, "accountability.cases")).ShouldBe("4人次");
    }

    [Fact]
    public async Task Fulfilment_rate_follows_the_fulfilment_rule_on_the_years_end_or_today()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 3);
        world.Commitments(Year, 12, fulfilled: 4); // due at each month's end, the first four kept
        world.Db.Commitments.Add(new Commitment
        {
            OrganizationId = world.Villages[0].Id, Year = Year, Content = "迟到兑现", DueOn = new DateOnly(Year, 3, 31), FulfilledOn = new DateOnly(Year, 8, 1),
        });
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "commitments.count")).ShouldBe("13项");

        // While the year runs (15 July): due Jan–Jun and the late one = 7, kept by then 4.
        var july = new DateOnly(Year, 7, 15);
        (await TextAsync(world, "commitments.rate", july)).ShouldBe("57%");
        FulfilmentRate.Of(world.Db.Commitments, july).ShouldBe(new FulfilmentRate(7, 4));

        // On the year's end: all 13 due, 5 kept (the late one counts once kept).
        (await TextAsync(world, "commitments.rate")).ShouldBe("38%");
        (await RecordsAsync(world, "commitments.rate")).Count.ShouldBe(13);
    }

    [Fact]
    public async Task Deeds_and_volunteer_activities_count_records_and_people()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 3);
        world.Service(Year, ServiceKind.Deed, 15, peopleEach: 4);
        world.Service(Year, ServiceKind.Volunteer, 20, peopleEach: 12);
        world.Service(Year - 1, ServiceKind.Deed, 9);
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "service.deeds")).ShouldBe("15件");
        (await TextAsync(world, "service.volunteer")).ShouldBe("20次");
        (await TextAsync(world, "service.volunteer-people")).ShouldBe("240人次");
    }

    [Fact]
    public async Task Rectification_states_are_read_from_the_dates_on_the_years_end()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        var v = world.Villages[0];
        world.Rectification(v, new(Year, 2, 1), new(Year, 3, 1), new(Year, 2, 20)); // closed on time
        world.Rectification(v, new(Year, 4, 1), new(Year, 5, 1), new(Year, 6, 10)); // closed late
        world.Rectification(v, new(Year, 9, 1), new(Year, 10, 1)); // open, overdue
        world.Rectification(world.Villages[1], new(Year, 11, 1), new(Year + 1, 2, 1)); // open, not yet due
        world.Rectification(v, new(Year, 10, 1), new(Year, 11, 1), new(Year + 1, 1, 5)); // signed off only after the year: overdue on its end
        world.Rectification(v, new(Year - 1, 5, 1), new(Year - 1, 6, 1), new(Year - 1, 6, 1)); // an earlier year's, closed then
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "rectification.raised")).ShouldBe("5个");
        (await TextAsync(world, "rectification.closed")).ShouldBe("2个");
        (await TextAsync(world, "rectification.closed-on-time")).ShouldBe("1个");
        (await TextAsync(world, "rectification.open")).ShouldBe("3个");
        (await TextAsync(world, "rectification.overdue")).ShouldBe("2个");
        (await TextAsync(world, "rectification.on-time-rate")).ShouldBe("25%", "1 of the 4 items due in the year was signed off by its deadline");
        (await RecordsAsync(world, "rectification.overdue")).ShouldAllBe(r => r.Type == "rectification-item");
    }

    [Fact]
    public async Task Loop_figures_only_include_what_the_callers_scope_sees()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 3);
        world.Commitments(Year, 6, fulfilled: 6);
        world.Service(Year, ServiceKind.Deed, 9);
        await world.Db.SaveChangesAsync();
        await using var liaison = world.OpenScoped(world.Villages[0]);
        var service = new IndicatorService(liaison, IndicatorCatalog.Builtin, new DateOnly(Year + 1, 1, 10));
        (await service.ComputeAsync("commitments.count", world.Township, Year)).Figure!.Text.ShouldBe("2项");
        (await service.ComputeAsync("service.deeds", world.Township, Year)).Figure!.Text.ShouldBe("3件");
        (await TextAsync(world, "service.deeds")).ShouldBe("9件");
    }
}
