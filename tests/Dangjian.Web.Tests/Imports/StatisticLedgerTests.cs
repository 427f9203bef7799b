using System.Globalization;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Building;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The yearly-statistics ledger: a past year imported, recognised again by (organization, statistic, year), a changed value refused, undone.</summary>
public sealed class StatisticLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Kind = "statistics";
    private static readonly string[] Headers = ["党组织", "年度", "统计项", "数值"];

    [Fact]
    public async Task A_past_year_is_imported_recognised_again_and_undone()
    {
        var statistic = await StatisticWorld.DefineAsync(app, "ledger.land", "土地流转面积", "亩", 1);
        var first = await LedgerWorld.VillageAsync(app, 0);
        var second = await LedgerWorld.VillageAsync(app, 1);
        var township = await LedgerWorld.TownshipAsync(app);
        var year = app.Clock.Today().Year - 2;
        var y = year.ToString(CultureInfo.InvariantCulture);
        var file = await LedgerPages.XlsxAsync(Headers, [[first.Name, y, "土地流转面积", "1520"], [second.Code ?? second.Name, $"{y}年", "ledger.land", "999.5"]]);
        var clerk = await Browser.LoginAsync(app, "clerk");

        var preview = await LedgerPages.CheckAsync(clerk, Kind, file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 2 条，0 条系统中已有");
        preview.QuerySelectorAll("#samples li").Select(li => li.TextContent).ShouldContain(t => t.Contains($"{year}年") && t.Contains("土地流转面积1520.0亩"));
        (await LedgerPages.ConfirmAsync(clerk, Kind, preview)).QuerySelector("#imported")!.TextContent.ShouldContain("新登记 2 条");

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var values = await db.StatisticValues.Where(v => v.StatisticId == statistic.Id).OrderBy(v => v.Value).ToListAsync();
            values.Select(v => (v.OrganizationId, v.Year, v.Value)).ShouldBe([(second.Id, year, 999.5m), (first.Id, year, 1520m)]);
            var id = values[0].Id;
            batchId = (await db.ImportBatches.SingleAsync(b => b.Ledger == Kind && b.Records.Any(r => r.RecordId == id))).Id;
            var indicators = new Core.Indicators.IndicatorService(db, new Core.Indicators.IndicatorCatalog(
                [new() { Id = "land", Name = "流转土地", Unit = "亩", Source = "statistics", Kind = Core.Indicators.IndicatorKind.Sum, Filter = "ledger.land" }]), app.Clock.Today());
            (await indicators.ComputeAsync("land", township, year)).Figure!.Text.ShouldBe("2519.5亩");
        }

        var again = await LedgerPages.CheckAsync(clerk, Kind, file);
        again.QuerySelector("#preview-summary")!.TextContent.ShouldContain("2 行都已在系统中");
        again.QuerySelector("input[name=Token]").ShouldBeNull();

        var changed = await LedgerPages.XlsxAsync(Headers, [[first.Name, y, "土地流转面积", "1600"], [first.Name, y, "无此项", "1"], [township.Name, y, "土地流转面积", "3"], [second.Name, y, "土地流转面积", "1.25"]]);
        var problems = LedgerPages.Problems(await LedgerPages.CheckAsync(clerk, Kind, changed));
        problems.ShouldContain(p => p[0] == "2" && p[1] == "数值" && p[2].Contains("1520.0亩"));
        problems.ShouldContain(p => p[0] == "3" && p[1] == "统计项" && p[2].Contains("无此项"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "党组织" && p[2].Contains("不填报"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "数值" && p[2].Contains("最多1位小数"));

        (await LedgerPages.UndoAsync(clerk, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.StatisticValues.CountAsync(v => v.StatisticId == statistic.Id)).ShouldBe(0);
        }

        await LedgerPages.ImportAsync(clerk, Kind, file);
        var exported = LedgerPages.Rows(await LedgerPages.ExportAsync(clerk, Kind, year));
        exported.Skip(1).ShouldContain(r => r[2] == "土地流转面积" && r[3] == "1520.0");
    }

    [Fact]
    public async Task A_name_that_two_statistics_share_is_refused_and_the_code_is_used_instead()
    {
        var retired = await StatisticWorld.DefineAsync(app, "dup.old", "集体经营性收入", "万元", 1);
        await using (var db = app.NewDbContext())
        {
            var row = await db.YearlyStatistics.SingleAsync(s => s.Id == retired.Id);
            row.IsRetired = true;
            await db.SaveChangesAsync();
        }

        var current = await StatisticWorld.DefineAsync(app, "dup.new", "集体经营性收入", "万元", 1);
        var village = await LedgerWorld.VillageAsync(app, 0);
        var y = (app.Clock.Today().Year - 3).ToString(CultureInfo.InvariantCulture);
        var clerk = await Browser.LoginAsync(app, "clerk");

        // One in force and one retired: the name stands for the one in force.
        var preview = await LedgerPages.CheckAsync(clerk, Kind, await LedgerPages.XlsxAsync(Headers, [[village.Name, y, "集体经营性收入", "12.5"]]));
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 1 条");

        // Two in force (as data from before the definitions page refused it): the name is ambiguous, the code is not.
        await using (var db = app.NewDbContext())
        {
            var row = await db.YearlyStatistics.SingleAsync(s => s.Id == retired.Id);
            row.IsRetired = false;
            await db.SaveChangesAsync();
        }

        var file = await LedgerPages.XlsxAsync(Headers, [[village.Name, y, "集体经营性收入", "12.5"], [village.Name, y, "dup.new", "12.5"]]);
        var problems = LedgerPages.Problems(await LedgerPages.CheckAsync(clerk, Kind, file));
        problems.ShouldHaveSingleItem().ShouldBe(["2", "统计项", "本县有几个统计项都叫“集体经营性收入”，请改填统计项编码（见“年度统计项”页面）。"]);

        await LedgerPages.ImportAsync(clerk, Kind, await LedgerPages.XlsxAsync(Headers, [[village.Name, y, "dup.new", "12.5"]]));
        await using (var db = app.NewDbContext())
        {
            (await db.StatisticValues.SingleAsync(v => v.OrganizationId == village.Id && v.StatisticId == current.Id)).Value.ShouldBe(12.5m);
        }

        var exported = LedgerPages.Rows(await LedgerPages.ExportAsync(clerk, Kind, int.Parse(y, CultureInfo.InvariantCulture)));
        exported.Skip(1).ShouldContain(r => r[2] == "dup.new" && r[3] == "12.5");
    }

    [Fact]
    public async Task A_role_that_does_not_enter_statistics_is_refused() =>
        await LedgerRefusals.AssertRefusedAsync(app, "liaison", Kind, "年度统计台账");
}
