using System.Globalization;
using System.Net;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Indicators;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 约谈台账: a past year's talks with their 人次, recognised on re-import, undone unless edited since, round-tripped, counted in that year.</summary>
public sealed class TalkLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Headers = ["约谈单位", "约谈日期", "约谈人", "约谈对象", "对象类别", "约谈事由", "跟踪落实情况"];

    [Fact]
    public async Task Template_has_the_columns_an_example_and_an_explanation_sheet()
    {
        var bytes = await TemplateAsync(await Browser.LoginAsync(app, "clerk"));
        LedgerPages.SheetNames(bytes).ShouldBe(["约谈台账", "填写说明"]);
        var rows = LedgerPages.Rows(bytes);
        rows[0].ShouldBe(["约谈单位", "约谈日期*", "约谈人*", "约谈对象*", "对象类别*", "约谈事由*", "跟踪落实情况"]);
        rows[1].Length.ShouldBe(rows[0].Length);
        LedgerPages.Rows(bytes, 1).ShouldContain(r => r.Length == 4 && r[0] == "对象类别" && r[1] == "必填" && r[2].Contains("党组织书记"));
    }

    [Fact]
    public async Task A_past_years_talks_are_imported_counted_in_that_year_recognised_on_reimport_and_undone()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var today = app.Clock.Today();
        var year = today.Year - 1;
        var before = await FiguresAsync(township.Id, year, today);
        var thisYear = await FiguresAsync(township.Id, today.Year, today);
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [null, $"{year}-04-08", "王书记", "导入约谈甲、导入约谈乙，导入约谈丙", "党组织书记", "导入约谈：三会一课不到位", "已整改"],
            [township.Name, $"{year}/9/1", "李副书记", "导入约谈丁", "村两委干部", "导入约谈：履职不力", null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var preview = await LedgerPages.CheckAsync(browser, "talks", file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 2 条，0 条系统中已有");
        preview.QuerySelector("#samples")!.TextContent.ShouldContain("（3人次）");
        await LedgerPages.ConfirmAsync(browser, "talks", preview);

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var talks = await db.Talks.Where(t => t.Reason.StartsWith("导入约谈")).OrderBy(t => t.HeldOn).ToListAsync();
            talks.Count.ShouldBe(2);
            talks[0].ShouldSatisfyAllConditions(
                t => t.OrganizationId.ShouldBe(township.Id), t => t.HeldOn.ShouldBe(new DateOnly(year, 4, 8)), t => t.Talker.ShouldBe("王书记"),
                t => t.Targets.ShouldBe("导入约谈甲、导入约谈乙、导入约谈丙"), t => t.TargetKind.ShouldBe(TalkTarget.BranchSecretary), t => t.People.ShouldBe(3),
                t => t.Reason.ShouldBe("导入约谈：三会一课不到位"), t => t.FollowUp.ShouldBe("已整改"));
            talks[1].ShouldSatisfyAllConditions(
                t => t.HeldOn.ShouldBe(new DateOnly(year, 9, 1)), t => t.TargetKind.ShouldBe(TalkTarget.Cadre), t => t.People.ShouldBe(1), t => t.FollowUp.ShouldBeNull());
            batchId = (await db.ImportBatches.SingleAsync(b => b.Ledger == "talks" && b.Records.Any(r => r.RecordId == talks[0].Id))).Id;
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(Talk) && talks.Select(t => t.Id.ToString()).Contains(e.TargetId!))).ShouldBe(2);
        }

        (await FiguresAsync(township.Id, year, today)).ShouldBe((before.Talks + 2, before.People + 4, before.Secretaries + 3));
        (await FiguresAsync(township.Id, today.Year, today)).ShouldBe(thisYear);
        (await LedgerPages.CheckAsync(browser, "talks", file)).QuerySelector("#preview-summary")!.TextContent.ShouldContain("2 行都已在系统中");

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.Talks.CountAsync(t => t.Reason.StartsWith("导入约谈"))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task A_batch_whose_talk_was_edited_since_cannot_be_undone()
    {
        var year = app.Clock.Today().Year - 1;
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "talks", await LedgerPages.XlsxAsync(Headers,
        [
            [null, $"{year}-05-05", "王书记", "修改约谈甲", "党员", "修改约谈：一", null],
            [null, $"{year}-05-06", "王书记", "修改约谈乙", "党员", "修改约谈：二", null],
        ]));
        int batchId;
        await using (var db = app.NewDbContext())
        {
            batchId = (await db.ImportBatches.Where(b => b.Ledger == "talks").OrderByDescending(b => b.Id).FirstAsync()).Id;
            (await db.Talks.SingleAsync(t => t.Reason == "修改约谈：二")).FollowUp = "后来补记的落实情况";
            await db.SaveChangesAsync();
        }

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undo-error")!.TextContent.ShouldContain("1条已被修改");
        await using var check = app.NewDbContext();
        (await check.Talks.CountAsync(t => t.Reason.StartsWith("修改约谈"))).ShouldBe(2);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        var (township, _) = await LedgerBranches.OfClerkAsync(app);
        var elsewhere = await LedgerBranches.ElsewhereAsync(app, township);
        var year = app.Clock.Today().Year - 1;
        var future = app.Clock.Today().AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [null, $"{year}-03-01", "王书记", "坏行约谈甲", "党员", "坏行约谈：正常", null],          // 2 fine
            [null, future, "王书记", "坏行约谈乙", "党员", "坏行约谈", null],                        // 3 future
            [null, $"{year}-03-01", null, "坏行约谈丙", "党员", "坏行约谈", null],                   // 4 no talker
            [null, $"{year}-03-01", "王书记", "、，", "党员", "坏行约谈", null],                      // 5 no names
            [null, $"{year}-03-01", "王书记", "坏行约谈丁", "群众", "坏行约谈", null],               // 6 kind
            [elsewhere.Name, $"{year}-03-01", "王书记", "坏行约谈戊", "党员", "坏行约谈", null],     // 7 out of reach
            [null, $"{year}-03-01", "王书记", "坏行约谈甲", "党员", "坏行约谈：正常", null],          // 8 repeats row 2
            [null, $"{year}-03-01", "王书记", "坏行约谈己", "党员", new string('长', 1001), null],    // 9 too long
        ]);
        var page = await LedgerPages.CheckAsync(await Browser.LoginAsync(app, "clerk"), "talks", file);
        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "约谈日期" && p[2].Contains("晚于今天"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "约谈人" && p[2].Contains("不能为空"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "约谈对象" && p[2].Contains("姓名"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "对象类别" && p[2].Contains("群众"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "约谈单位" && p[2].Contains("找不到"));
        problems.ShouldContain(p => p[0] == "8" && p[2].Contains("与第2行"));
        problems.ShouldContain(p => p[0] == "9" && p[1] == "约谈事由" && p[2].Contains("1000"));
        problems.ShouldNotContain(p => p[0] == "2");
        await using var db = app.NewDbContext();
        (await db.Talks.CountAsync(t => t.Reason.StartsWith("坏行约谈"))).ShouldBe(0);
    }

    [Fact]
    public async Task Export_gives_the_template_layout_and_imports_back_to_the_same_records()
    {
        var year = app.Clock.Today().Year - 2;
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "talks", await LedgerPages.XlsxAsync(Headers,
        [
            [null, $"{year}-02-02", "王书记", "往返约谈甲、往返约谈乙", "党组织书记", "往返约谈：一", "已落实"],
            [null, $"{year}-11-11", "李副书记", "往返约谈丙", "党员", "往返约谈：二", null],
        ]));
        var before = await SnapshotAsync();
        before.Count.ShouldBe(2);
        var exported = await LedgerPages.ExportAsync(browser, "talks", year);
        LedgerPages.Rows(exported)[0].ShouldBe(["约谈单位", "约谈日期*", "约谈人*", "约谈对象*", "对象类别*", "约谈事由*", "跟踪落实情况"]);
        await LedgerPages.AssertImportsBackAsync(app, browser, "talks", exported, before, () => SnapshotAsync());
    }

    [Fact]
    public async Task A_branch_secretary_who_does_not_enter_talks_is_refused() =>
        await LedgerRefusals.AssertRefusedAsync(app, "branch", "talks", "约谈台账");

    private static async Task<byte[]> TemplateAsync(Browser browser)
    {
        var response = await browser.Client.GetAsync("/Imports/Ledger?kind=talks&handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<(decimal Talks, decimal People, decimal Secretaries)> FiguresAsync(int townshipId, int year, DateOnly today)
    {
        var f = await LedgerWorld.FiguresAsync(app, townshipId, year, today, "talks.count", "talks.people", "talks.secretaries");
        return (f[0], f[1], f[2]);
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var db = app.NewDbContext();
        var talks = await db.Talks.Where(t => t.Reason.StartsWith("往返约谈")).ToListAsync();
        return [.. talks.OrderBy(t => t.HeldOn).Select(t => $"{t.OrganizationId}|{t.HeldOn}|{t.Talker}|{t.Targets}|{t.TargetKind}|{t.People}|{t.Reason}|{t.FollowUp}")];
    }
}
