using System.Net;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 红黑榜台账: a past year's listings stored under the year and period given (not the year of the import), recognised, undone, round-tripped.</summary>
public sealed class HonorRollLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Headers = ["党组织", "榜单", "年度", "期间", "上榜理由"];

    [Fact]
    public async Task Template_has_the_columns_an_example_and_an_explanation_sheet()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.Client.GetAsync("/Imports/Ledger?kind=honor-roll&handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        LedgerPages.SheetNames(bytes).ShouldBe(["红黑榜台账", "填写说明"]);
        var rows = LedgerPages.Rows(bytes);
        rows[0].ShouldBe(["党组织*", "榜单*", "年度", "期间*", "上榜理由*"]);
        rows[1].Length.ShouldBe(rows[0].Length);
        LedgerPages.Rows(bytes, 1).ShouldContain(r => r.Length == 4 && r[0] == "年度" && r[1] == "选填" && r[2].Contains("期间"));
    }

    [Fact]
    public async Task A_past_years_listings_keep_their_year_and_period_are_recognised_on_reimport_and_undone()
    {
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var today = app.Clock.Today();
        var year = today.Year - 1;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branches[0].Name, "红榜", null, $"{year}年第二季度", "导入红黑榜：规范化建设达标"],
            [branches[1].Code ?? branches[1].Name, "黑榜", $"{year}", "下半年", "导入红黑榜：软弱涣散"],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var preview = await LedgerPages.CheckAsync(browser, "honor-roll", file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 2 条，0 条系统中已有");
        await LedgerPages.ConfirmAsync(browser, "honor-roll", preview);

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var entries = (await db.HonorRollEntries.Where(e => e.Reason.StartsWith("导入红黑榜")).ToListAsync()).OrderBy(e => e.Roll).ToList();
            entries.Count.ShouldBe(2);
            entries[0].ShouldSatisfyAllConditions(
                e => e.OrganizationId.ShouldBe(branches[0].Id), e => e.Roll.ShouldBe(HonorRollColour.Red), e => e.Year.ShouldBe(year),
                e => e.Period.ShouldBe($"{year}年第二季度"), e => e.Reason.ShouldBe("导入红黑榜：规范化建设达标"));
            entries[1].ShouldSatisfyAllConditions(
                e => e.OrganizationId.ShouldBe(branches[1].Id), e => e.Roll.ShouldBe(HonorRollColour.Black), e => e.Year.ShouldBe(year), e => e.Period.ShouldBe("下半年"));
            batchId = (await db.ImportBatches.SingleAsync(b => b.Ledger == "honor-roll" && b.Records.Any(r => r.RecordId == entries[0].Id))).Id;
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(HonorRollEntry) && entries.Select(x => x.Id.ToString()).Contains(e.TargetId!))).ShouldBe(2);
        }

        (await browser.GetAsync($"/Loop/HonorRoll?year={year}")).Html.QuerySelector("#roll")!.TextContent.ShouldContain("导入红黑榜：软弱涣散");
        (await browser.GetAsync($"/Loop/HonorRoll?year={today.Year}")).Html.QuerySelector("#roll")!.TextContent.ShouldNotContain("导入红黑榜");
        (await LedgerPages.CheckAsync(browser, "honor-roll", file)).QuerySelector("#preview-summary")!.TextContent.ShouldContain("2 行都已在系统中");

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.HonorRollEntries.CountAsync(e => e.Reason.StartsWith("导入红黑榜"))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task A_batch_whose_listing_was_edited_since_cannot_be_undone()
    {
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "honor-roll", await LedgerPages.XlsxAsync(Headers, [[branches[2].Name, "红榜", null, $"{year}年第三季度", "修改红黑榜：一"]]));
        int batchId;
        await using (var db = app.NewDbContext())
        {
            batchId = (await db.ImportBatches.Where(b => b.Ledger == "honor-roll").OrderByDescending(b => b.Id).FirstAsync()).Id;
            (await db.HonorRollEntries.SingleAsync(e => e.Reason == "修改红黑榜：一")).Reason = "修改红黑榜：改过的理由";
            await db.SaveChangesAsync();
        }

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undo-error")!.TextContent.ShouldContain("1条已被修改");
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        var b = branches[3].Name;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [b, "红榜", null, $"{year}年第一季度", "坏行红黑榜：正常"],                  // 2 fine
            [township.Name, "红榜", null, $"{year}年第一季度", "坏行红黑榜"],           // 3 not below
            [b, "蓝榜", null, $"{year}年第一季度", "坏行红黑榜"],                       // 4 roll
            [b, "红榜", null, "第一季度", "坏行红黑榜"],                                // 5 no year
            [b, "红榜", $"{year - 1}", $"{year}年第二季度", "坏行红黑榜"],              // 6 disagree
            [b, "红榜", $"{year + 5}", "全年", "坏行红黑榜"],                           // 7 future year
            [b, "红榜", "去年", "全年", "坏行红黑榜"],                                  // 8 not a year
            [b, "红榜", null, $"{year}年第一季度", "坏行红黑榜：正常"],                  // 9 repeats row 2
        ]);
        var page = await LedgerPages.CheckAsync(await Browser.LoginAsync(app, "clerk"), "honor-roll", file);
        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "党组织" && p[2].Contains("本级以下"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "榜单" && p[2].Contains("蓝榜"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "年度" && p[2].Contains("请填写年度"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "期间" && p[2].Contains("不一致"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "年度" && p[2].Contains("之间"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "年度" && p[2].Contains("去年"));
        problems.ShouldContain(p => p[0] == "9" && p[2].Contains("与第2行"));
        problems.ShouldNotContain(p => p[0] == "2");
        await using var db = app.NewDbContext();
        (await db.HonorRollEntries.CountAsync(e => e.Reason.StartsWith("坏行红黑榜"))).ShouldBe(0);
    }

    [Fact]
    public async Task Export_gives_the_template_layout_and_imports_back_to_the_same_records()
    {
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 2;
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "honor-roll", await LedgerPages.XlsxAsync(Headers,
        [
            [branches[4].Name, "红榜", null, $"{year}年第一季度", "往返红黑榜：一"],
            [branches[5].Name, "黑榜", $"{year}", "全年", "往返红黑榜：二"],
        ]));
        var before = await SnapshotAsync();
        before.Count.ShouldBe(2);
        var exported = await LedgerPages.ExportAsync(browser, "honor-roll", year);
        LedgerPages.Rows(exported)[0].ShouldBe(["党组织*", "榜单*", "年度", "期间*", "上榜理由*"]);
        await LedgerPages.AssertImportsBackAsync(app, browser, "honor-roll", exported, before, () => SnapshotAsync());
    }

    [Fact]
    public async Task A_branch_secretary_who_does_not_enter_the_list_is_refused() =>
        await LedgerRefusals.AssertRefusedAsync(app, "branch", "honor-roll", "红黑榜台账");

    private async Task<List<string>> SnapshotAsync()
    {
        await using var db = app.NewDbContext();
        var entries = await db.HonorRollEntries.Where(e => e.Reason.StartsWith("往返红黑榜")).ToListAsync();
        return [.. entries.OrderBy(e => e.Reason).Select(e => $"{e.OrganizationId}|{e.Roll}|{e.Year}|{e.Period}|{e.Reason}")];
    }
}
