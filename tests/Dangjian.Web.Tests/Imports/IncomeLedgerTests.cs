using System.Globalization;
using System.Net;
using Dangjian.Core.Building;
using Dangjian.Core.Figures;
using Dangjian.Core.Indicators;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The village collective-income ledger: an earlier year's incomes imported, counted in that year's buckets, recognised again, undone, exported and re-imported.</summary>
public sealed class IncomeLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Kind = "collective-income";
    private static readonly string[] Headers = ["村党组织", "年度", "集体经济收入（万元）"];

    [Fact]
    public async Task Template_has_the_columns_an_example_and_an_explanation_sheet()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.Client.GetAsync($"/Imports/Ledger?kind={Kind}&handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        LedgerPages.SheetNames(bytes).ShouldBe(["村集体经济收入台账", "填写说明"]);
        var rows = LedgerPages.Rows(bytes);
        rows[0].ShouldBe(Headers.Select(h => h + "*"));
        rows[1].Length.ShouldBe(rows[0].Length);
        var notes = LedgerPages.Rows(bytes, 1);
        notes.ShouldContain(r => r.Length == 4 && r[0] == "集体经济收入（万元）" && r[1] == "必填" && r[2].Contains("万元"));
        notes.ShouldContain(r => r.Any(c => c.Contains("同一村、同一年度视为同一项")));
    }

    [Fact]
    public async Task An_earlier_years_incomes_are_imported_counted_in_that_years_buckets_recognised_again_and_undone()
    {
        var rich = await LedgerWorld.VillageAsync(app, 0);
        var poor = await LedgerWorld.VillageAsync(app, 1);
        var township = await LedgerWorld.TownshipAsync(app);
        var year = app.Clock.Today().Year - 3;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [rich.Name, year.ToString(CultureInfo.InvariantCulture), "20.35"],
            [poor.Code ?? poor.Name, $"{year}年", "3.2"],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");

        var preview = await LedgerPages.CheckAsync(browser, Kind, file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 2 条，0 条系统中已有");
        preview.QuerySelectorAll("#samples li").Select(li => li.TextContent).ShouldContain(t => t.Contains($"{year}年") && t.Contains("20.35万元"));
        await using (var db = app.NewDbContext())
        {
            (await db.CollectiveIncomes.CountAsync(i => i.Year == year)).ShouldBe(0, "a check writes nothing");
        }

        (await LedgerPages.ConfirmAsync(browser, Kind, preview)).QuerySelector("#imported")!.TextContent.ShouldContain("新登记 2 条");

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var incomes = await db.CollectiveIncomes.Where(i => i.Year == year).OrderByDescending(i => i.AmountWan).ToListAsync();
            incomes.Select(i => (i.OrganizationId, i.Year, i.AmountWan)).ShouldBe([(rich.Id, year, 20.35), (poor.Id, year, 3.2)]);
            var first = incomes[0].Id;
            var batch = await db.ImportBatches.Include(b => b.Records).SingleAsync(b => b.Ledger == Kind && b.Records.Any(r => r.RecordId == first));
            batch.Records.Select(r => r.RecordId).Order().ShouldBe(incomes.Select(i => i.Id).Order());
            batchId = batch.Id;
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(CollectiveIncome) && incomes.Select(i => i.Id.ToString()).Contains(e.TargetId!))).ShouldBe(2);

            var indicators = new IndicatorService(db, IndicatorCatalog.Builtin, app.Clock.Today());
            (await indicators.RecordsAsync("income.bucket-15", township, year)).Select(r => r.Id).ShouldBe([incomes[0].Id]);
            (await indicators.RecordsAsync("income.under-5", township, year)).Select(r => r.Id).ShouldBe([incomes[1].Id]);
            (await indicators.ComputeAsync("income.bucket-15", township, year)).Figure!.Value.ShouldBe(1m);
        }

        await LedgerPages.AssertAllStoredAsync(browser, Kind, file, 2);

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.CollectiveIncomes.CountAsync(i => i.Year == year)).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        var village = await LedgerWorld.VillageAsync(app, 2);
        var other = await LedgerWorld.VillageAsync(app, 3);
        var township = await LedgerWorld.TownshipAsync(app);
        var thisYear = app.Clock.Today().Year;
        var year = thisYear - 4;
        double stored;
        await using (var db = app.NewDbContext())
        {
            stored = (await db.CollectiveIncomes.SingleAsync(i => i.OrganizationId == other.Id && i.Year == thisYear - 1)).AmountWan;
        }

        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [village.Name, $"{year}", "8"],                                                         // row 2: fine
            [township.Name, $"{year}", "8"],                                                        // row 3
            [village.Name, $"{thisYear + 1}", "8"],                                                 // row 4
            [village.Name, "去年", "8"],                                                            // row 5
            [village.Name, $"{year - 1}", "-3"],                                                    // row 6
            [village.Name, $"{year - 2}", null],                                                    // row 7
            [other.Name, $"{thisYear - 1}", FigureFormat.Trimmed(stored + 1, 4)],                   // row 8: stored with another amount
            [village.Name, $"{year}", "8"],                                                         // row 9: repeats row 2
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var page = await LedgerPages.CheckAsync(browser, Kind, file);

        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "村党组织" && p[2].Contains("不是村党组织"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "年度");
        problems.ShouldContain(p => p[0] == "5" && p[1] == "年度" && p[2].Contains("去年"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "集体经济收入（万元）" && p[2].Contains("-3"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "集体经济收入（万元）" && p[2].Contains("不能为空"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "集体经济收入（万元）" && p[2].Contains($"{FigureFormat.Trimmed(stored, 4)}万元"));
        problems.ShouldContain(p => p[0] == "9" && p[2].Contains("与第2行"));
        problems.ShouldNotContain(p => p[0] == "2");
        page.QuerySelector("input[name=Token]").ShouldBeNull();
        await using var check = app.NewDbContext();
        (await check.CollectiveIncomes.CountAsync(i => i.Year == year)).ShouldBe(0);
        (await check.CollectiveIncomes.SingleAsync(i => i.OrganizationId == other.Id && i.Year == thisYear - 1)).AmountWan.ShouldBe(stored);
    }

    [Fact]
    public async Task Export_gives_the_template_layout_and_imports_back_to_the_same_records()
    {
        var year = app.Clock.Today().Year - 2;
        var before = await SnapshotAsync(year);
        before.Count.ShouldBeGreaterThan(3, "the demo county holds this year's incomes");
        var browser = await Browser.LoginAsync(app, "clerk");
        var exported = await LedgerPages.ExportAsync(browser, Kind, year);
        var rows = LedgerPages.Rows(exported);
        rows[0].ShouldBe(Headers.Select(h => h + "*"));
        rows.Count.ShouldBe(before.Count + 1);

        await using (var db = app.NewDbContext())
        {
            db.CollectiveIncomes.RemoveRange(db.CollectiveIncomes.Where(i => i.Year == year));
            await db.SaveChangesAsync();
        }

        (await SnapshotAsync(year)).ShouldBeEmpty();
        await LedgerPages.ImportAsync(browser, Kind, exported);
        (await SnapshotAsync(year)).ShouldBe(before);
        var again = await LedgerPages.CheckAsync(browser, Kind, exported);
        again.QuerySelector("#preview-summary")!.TextContent.ShouldContain($"{before.Count} 行都已在系统中");
    }

    [Fact]
    public async Task A_role_that_does_not_enter_incomes_is_refused()
    {
        await LedgerRefusals.AssertRefusedAsync(app, "liaison", Kind, "村集体经济收入台账");
        await LedgerRefusals.AssertRefusedAsync(app, "branch", Kind, "村集体经济收入台账");
    }

    /// <summary>The year's incomes of the clerk's township, as (village, year, amount).</summary>
    private async Task<List<string>> SnapshotAsync(int year)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == Dangjian.Core.Demo.DemoCounty.DetailedTownshipName);
        var incomes = await db.CollectiveIncomes.Where(i => i.Year == year && i.Organization!.Path.StartsWith(township.Path)).OrderBy(i => i.OrganizationId).ToListAsync();
        return [.. incomes.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.OrganizationId}|{i.Year}|{i.AmountWan:R}"))];
    }
}
