using Dangjian.Core.Organizations;
using Dangjian.Core.Statistics;
using Dangjian.Core.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace Dangjian.Core.Tests.Statistics;

/// <summary>The county defines statistics as data; entering a year's values is all or nothing, with a message per cell.</summary>
public sealed class StatisticEntryTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_definition_is_checked_field_by_field_and_its_code_cannot_change()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 1);
        var definitions = new StatisticDefinitions(world.Db);
        var bad = await definitions.SaveAsync(world.County, new StatisticDraft { Code = "人均", Name = " ", Unit = "", Decimals = "7", Sectors = ["Nowhere"] });
        bad.Errors.Keys.Order().ShouldBe(["Code", "Decimals", "Name", "Sectors", "Unit"]);
        bad.Errors["Decimals"].ShouldBe("小数位数填0到4。");
        (await world.Db.YearlyStatistics.CountAsync()).ShouldBe(0);

        (await definitions.SaveAsync(world.Township, new StatisticDraft { Code = "x", Name = "x", Unit = "元", Decimals = "0" })).Errors[""].ShouldContain("只有县委");

        var saved = (await world.Db.YearlyStatistics.FindAsync((await definitions.SaveAsync(world.County,
            new StatisticDraft { Code = "income", Name = "人均收入", Unit = "元", Decimals = "0", Sectors = ["Village"], Levels = ["Branch"] })).Id))!;
        saved.AppliesTo(world.Villages[0]).ShouldBeTrue();
        saved.AppliesTo(world.Township).ShouldBeFalse();
        (await definitions.SaveAsync(world.County, new StatisticDraft { Code = "income", Name = "重复", Unit = "元", Decimals = "0" })).Errors["Code"].ShouldContain("已有");
        var renamed = await definitions.SaveAsync(world.County, new StatisticDraft { Id = saved.Id, Version = saved.Version, Code = "income2", Name = "人均收入", Unit = "元", Decimals = "0" });
        renamed.Errors["Code"].ShouldContain("不能修改");
        (await definitions.SaveAsync(world.County, new StatisticDraft { Id = saved.Id + 1000, Code = "income", Name = "人均收入", Unit = "元", Decimals = "0" })).NotFound.ShouldBeTrue();
    }

    [Fact]
    public async Task One_bad_cell_saves_nothing_and_an_emptied_cell_removes_the_value()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        var statistic = (await world.Db.YearlyStatistics.FindAsync((await new StatisticDefinitions(world.Db).SaveAsync(world.County,
            new StatisticDraft { Code = "land", Name = "土地流转面积", Unit = "亩", Decimals = "1", Sectors = ["Village"], Levels = ["Branch"] })).Id))!;
        var entry = new StatisticEntry(world.Db, Clock);
        var (a, b) = (world.Villages[0].Id, world.Villages[1].Id);

        var result = await entry.SaveAsync(2024, [new(a, statistic.Id, "120.5"), new(b, statistic.Id, "12.25"), new(world.Township.Id, statistic.Id, "3")]);
        result.Errors.ShouldBe(new Dictionary<string, string>
        {
            ["Cells[1]"] = "“土地流转面积”最多1位小数。",
            ["Cells[2]"] = "某镇党委不填报“土地流转面积”。",
        });
        (await world.Db.StatisticValues.CountAsync()).ShouldBe(0, "nothing saved while a cell is wrong");

        (await entry.SaveAsync(2024, [new(a, statistic.Id, "abc")])).Errors["Cells[0]"].ShouldContain("不是数字");
        (await entry.SaveAsync(2027, [new(a, statistic.Id, "1")])).Errors["Year"].ShouldContain("不能晚于今年");

        (await entry.SaveAsync(2024, [new(a, statistic.Id, "120.5"), new(b, statistic.Id, "12.2")])).Id.ShouldBe(2, "the grid's result counts the values changed");
        var stored = await world.Db.StatisticValues.AsNoTracking().SingleAsync(v => v.OrganizationId == b);
        stored.Value.ShouldBe(12.2m);
        (await entry.SaveAsync(2024, [new(b, statistic.Id, "13")])).Errors["Cells[0]"].ShouldContain("刚被其他人修改过"); // the form showed no value, one was stored since
        (await entry.SaveAsync(2024, [new(a, statistic.Id, "", stored.Version), new(b, statistic.Id, "13", stored.Version)])).Id.ShouldBe(2);
        (await world.Db.StatisticValues.AsNoTracking().Select(v => v.Value).ToListAsync()).ShouldBe([13m]);
    }
}
