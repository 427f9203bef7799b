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
    public async Task A_role_that_does_not_enter_statistics_is_refused() =>
        await LedgerRefusals.AssertRefusedAsync(app, "liaison", Kind, "年度统计台账");
}
