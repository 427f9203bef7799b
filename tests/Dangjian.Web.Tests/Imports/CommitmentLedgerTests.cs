using System.Globalization;
using System.Net;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Indicators;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The commitment ledger: a past year's commitments with their fulfilment imported, counted in that year's 履诺率, recognised again, undone, exported and re-imported.</summary>
public sealed class CommitmentLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Kind = "commitments";
    private static readonly string[] Headers = ["党组织", "承诺书记", "承诺内容", "完成时限", "进展情况", "兑现日期"];

    [Fact]
    public async Task Template_has_the_columns_an_example_and_an_explanation_sheet()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.Client.GetAsync($"/Imports/Ledger?kind={Kind}&handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        LedgerPages.SheetNames(bytes).ShouldBe(["公开承诺事项台账", "填写说明"]);
        var rows = LedgerPages.Rows(bytes);
        rows[0].ShouldBe(Headers.Select(h => h is "党组织" or "承诺内容" or "完成时限" ? h + "*" : h));
        rows[1].Length.ShouldBe(rows[0].Length);
        var notes = LedgerPages.Rows(bytes, 1);
        notes.ShouldContain(r => r.Length == 4 && r[0] == "兑现日期" && r[1] == "选填" && r[2].Contains("履诺率"));
        notes.ShouldContain(r => r.Any(c => c.Contains("同一完成时限、同一承诺内容视为同一项承诺")));
    }

    [Fact]
    public async Task A_past_years_commitments_are_imported_counted_in_that_years_rate_recognised_again_and_undone()
    {
        var branch = await LedgerWorld.VillageAsync(app, 0);
        var year = app.Clock.Today().Year - 1;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, null, "导入测试：硬化村道2公里", $"{year}-10-31", "已全部完工", $"{year}-09-20"],
            [branch.Name, "王书记", "导入测试：每月走访困难户", $"{year}/12/31", "走访11次", null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");

        var preview = await LedgerPages.CheckAsync(browser, Kind, file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 2 条，0 条系统中已有");
        preview.QuerySelectorAll("#samples li").Select(li => li.TextContent).ShouldContain(t => t.Contains("书记王书记") && t.Contains("未兑现"));
        (await LedgerPages.ConfirmAsync(browser, Kind, preview)).QuerySelector("#imported")!.TextContent.ShouldContain("新登记 2 条");

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var commitments = await db.Commitments.Where(c => c.Content.StartsWith("导入测试")).OrderBy(c => c.DueOn).ToListAsync();
            commitments.Count.ShouldBe(2);
            commitments[0].ShouldSatisfyAllConditions(
                c => c.OrganizationId.ShouldBe(branch.Id), c => c.SecretaryName.ShouldBeNull(), c => c.Content.ShouldBe("导入测试：硬化村道2公里"),
                c => c.DueOn.ShouldBe(new DateOnly(year, 10, 31)), c => c.Year.ShouldBe(year), c => c.Progress.ShouldBe("已全部完工"),
                c => c.FulfilledOn.ShouldBe(new DateOnly(year, 9, 20)));
            commitments[1].ShouldSatisfyAllConditions(
                c => c.SecretaryName.ShouldBe("王书记"), c => c.DueOn.ShouldBe(new DateOnly(year, 12, 31)), c => c.Year.ShouldBe(year),
                c => c.Progress.ShouldBe("走访11次"), c => c.FulfilledOn.ShouldBeNull());
            var first = commitments[0].Id;
            var batch = await db.ImportBatches.Include(b => b.Records).SingleAsync(b => b.Ledger == Kind && b.Records.Any(r => r.RecordId == first));
            batch.Records.Select(r => r.RecordId).Order().ShouldBe(commitments.Select(c => c.Id).Order());
            batchId = batch.Id;

            var indicators = new IndicatorService(db, IndicatorCatalog.Builtin, app.Clock.Today());
            var rate = await indicators.RecordsAsync("commitments.rate", branch, year);
            rate.ShouldContain(r => r.Id == commitments[0].Id && r.Label.Contains($"{year}-09-20兑现"), "counted in the year it was due");
            rate.ShouldContain(r => r.Id == commitments[1].Id && r.Label.Contains("未兑现"));
            (await indicators.RecordsAsync("commitments.count", branch, year + 1)).Select(r => r.Id).ShouldNotContain(commitments[0].Id);
        }

        await LedgerPages.AssertAllStoredAsync(browser, Kind, file, 2);

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.Commitments.CountAsync(c => c.Content.StartsWith("导入测试"))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task A_batch_whose_commitment_was_reported_on_since_cannot_be_undone()
    {
        var branch = await LedgerWorld.VillageAsync(app, 1);
        var year = app.Clock.Today().Year - 1;
        var file = await LedgerPages.XlsxAsync(Headers, [[branch.Name, null, "撤销测试：建成党群服务中心", $"{year}-11-30", null, null]]);
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, Kind, file);
        int batchId, id;
        await using (var db = app.NewDbContext())
        {
            id = (await db.Commitments.SingleAsync(c => c.Content == "撤销测试：建成党群服务中心")).Id;
            batchId = (await db.ImportBatches.Where(b => b.Ledger == Kind).OrderByDescending(b => b.Id).FirstAsync()).Id;
        }

        var progress = await browser.PostFormAsync("/Loop/Commitments?handler=Progress",
            new() { ["commitment"] = id.ToString(CultureInfo.InvariantCulture), ["progress"] = "已完成主体工程", ["fulfilled"] = "false" }, $"/Loop/Commitments?year={year}");
        progress.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undo-error")!.TextContent.ShouldContain("1条已被修改");
        await using var check = app.NewDbContext();
        (await check.Commitments.SingleAsync(c => c.Id == id)).Progress.ShouldBe("已完成主体工程");
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        var branch = await LedgerWorld.VillageAsync(app, 2);
        var year = app.Clock.Today().Year - 1;
        var future = app.Clock.Today().AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, null, "坏行测试：正常的一行", future, null, null],                         // row 2: fine (a deadline may lie ahead)
            ["不存在的支部", null, "坏行测试", $"{year}-12-31", null, null],                          // row 3
            [branch.Name, null, null, $"{year}-12-31", null, null],                                    // row 4
            [branch.Name, null, "坏行测试", "年底前", null, null],                                     // row 5
            [branch.Name, null, "坏行测试", $"{year}-12-31", null, future],                            // row 6
            [branch.Name, new string('名', 41), "坏行测试", $"{year}-12-31", null, null],             // row 7
            [branch.Name, null, new string('长', 1001), $"{year}-12-31", null, null],                  // row 8
            [branch.Name, null, "坏行测试：正常的一行", future, "重复", null],                        // row 9: repeats row 2
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var page = await LedgerPages.CheckAsync(browser, Kind, file);

        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "党组织" && p[2].Contains("不存在的支部"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "承诺内容" && p[2].Contains("不能为空"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "完成时限" && p[2].Contains("年底前"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "兑现日期" && p[2].Contains("晚于今天"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "承诺书记" && p[2].Contains("40"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "承诺内容" && p[2].Contains("1000"));
        problems.ShouldContain(p => p[0] == "9" && p[2].Contains("与第2行"));
        problems.ShouldNotContain(p => p[0] == "2");
        page.QuerySelector("input[name=Token]").ShouldBeNull();
        await using var check = app.NewDbContext();
        (await check.Commitments.CountAsync(c => c.Content.StartsWith("坏行测试"))).ShouldBe(0);
    }

    [Fact]
    public async Task Export_gives_the_template_layout_and_imports_back_to_the_same_records()
    {
        var branch = await LedgerWorld.VillageAsync(app, 3);
        var year = app.Clock.Today().Year - 3;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, "赵书记", "往返测试：办好十件实事", $"{year}-12-31", "完成九件", null],
            [branch.Name, null, "往返测试：修缮活动室", $"{year}-06-30", "已完成", $"{year}-07-02"],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, Kind, file);
        var before = await SnapshotAsync();
        before.Count.ShouldBe(2);

        var exported = await LedgerPages.ExportAsync(browser, Kind, year);
        var rows = LedgerPages.Rows(exported);
        rows[0].ShouldBe(Headers.Select(h => h is "党组织" or "承诺内容" or "完成时限" ? h + "*" : h));
        rows.ShouldContain(r => r.SequenceEqual(new[] { branch.Code ?? branch.Name, "", "往返测试：修缮活动室", $"{year}-06-30", "已完成", $"{year}-07-02" })
            || r.SequenceEqual(new[] { branch.Code ?? branch.Name, "往返测试：修缮活动室", $"{year}-06-30", "已完成", $"{year}-07-02" }));

        await LedgerPages.AssertImportsBackAsync(app, browser, Kind, exported, before, () => SnapshotAsync());
    }

    [Fact]
    public async Task A_role_that_does_not_enter_commitments_is_refused()
    {
        await LedgerRefusals.AssertRefusedAsync(app, "liaison", Kind, "公开承诺事项台账");
        await LedgerRefusals.AssertRefusedAsync(app, "branch", Kind, "公开承诺事项台账");
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var db = app.NewDbContext();
        var commitments = await db.Commitments.Where(c => c.Content.StartsWith("往返测试")).OrderBy(c => c.DueOn).ToListAsync();
        return [.. commitments.Select(c => $"{c.OrganizationId}|{c.Year}|{c.SecretaryName}|{c.Content}|{c.DueOn}|{c.Progress}|{c.FulfilledOn}")];
    }
}
