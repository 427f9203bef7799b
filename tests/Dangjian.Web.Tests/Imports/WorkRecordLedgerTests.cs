using System.Globalization;
using System.Net;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Indicators;
using Dangjian.Core.Time;
using Dangjian.Core.WorkRecords;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The work-record ledger: a past year's activities imported, counted in that year's indicators, recognised again, undone, exported and re-imported.</summary>
public sealed class WorkRecordLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Kind = "work-records";
    private static readonly string[] Headers = ["党组织", "工作类别", "日期", "名称", "数量", "参加人次", "带队或主持人", "地点", "备注"];

    [Fact]
    public async Task Template_has_the_columns_an_example_and_an_explanation_sheet()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.Client.GetAsync($"/Imports/Ledger?kind={Kind}&handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        LedgerPages.SheetNames(bytes).ShouldBe(["党建工作记录台账", "填写说明"]);
        var rows = LedgerPages.Rows(bytes);
        rows[0].ShouldBe([.. Headers.Select(h => h is "党组织" or "工作类别" or "日期" or "名称" ? h + "*" : h), "本县类别"]);
        rows[1].Length.ShouldBe(rows[0].Length);
        var notes = LedgerPages.Rows(bytes, 1);
        notes.ShouldContain(r => r.Length == 4 && r[0] == "参加人次" && r[1] == "选填" && r[2].Contains("人次"));
        notes.ShouldContain(r => r.Any(c => c.Contains("同一党组织、同一天、同一类别、同一名称")));
    }

    [Fact]
    public async Task A_past_years_work_records_are_imported_counted_in_that_year_recognised_again_and_undone()
    {
        var branch = await LedgerWorld.VillageAsync(app, 0);
        var year = app.Clock.Today().Year - 1;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, "党建调研", $"{year}-03-05", "导入测试：软弱涣散整顿调研", "2", null, "张书记", "村委会", "走访农户"],
            [branch.Name, "培训班", $"{year}/4/8", "导入测试：村干部培训", null, "45", null, null, null],
            [branch.Code ?? branch.Name, "争取资金", $"{year}年5月9日", "导入测试：道路硬化资金", "35.5", null, null, null, null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");

        var preview = await LedgerPages.CheckAsync(browser, Kind, file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 3 条，0 条系统中已有");
        preview.QuerySelectorAll("#samples li").Select(li => li.TextContent).ShouldContain(t => t.Contains("导入测试：村干部培训") && t.Contains("45人次"));
        await using (var db = app.NewDbContext())
        {
            (await db.WorkRecords.CountAsync(w => w.Title.StartsWith("导入测试"))).ShouldBe(0, "a check writes nothing");
        }

        (await LedgerPages.ConfirmAsync(browser, Kind, preview)).QuerySelector("#imported")!.TextContent.ShouldContain("新登记 3 条");

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var records = await db.WorkRecords.Include(w => w.Category).Where(w => w.Title.StartsWith("导入测试")).OrderBy(w => w.HeldOn).ToListAsync();
            records.Select(w => w.HeldOn).ShouldBe([new DateOnly(year, 3, 5), new DateOnly(year, 4, 8), new DateOnly(year, 5, 9)]);
            records.Select(w => w.Category!.Code).ShouldBe(["research", "training", "funds"]);
            records.Select(w => w.Quantity).ShouldBe([2m, 1m, 35.5m]);
            records.Select(w => w.Participants).ShouldBe([null, 45, null]);
            records[0].ShouldSatisfyAllConditions(
                w => w.LedBy.ShouldBe("张书记"), w => w.Place.ShouldBe("村委会"), w => w.Notes.ShouldBe("走访农户"), w => w.Title.ShouldBe("导入测试：软弱涣散整顿调研"));
            records.ShouldAllBe(w => w.OrganizationId == branch.Id && w.EnteredByProxy && w.EnteredBy == "clerk");
            records.Select(w => (app.Clock.GetUtcNow().UtcDateTime - w.EnteredAtUtc).Duration()).ShouldAllBe(d => d < TimeSpan.FromMinutes(5), "the entry stamp is the import's time, not the fact date");
            var first = records[0].Id;
            var batch = await db.ImportBatches.Include(b => b.Records).SingleAsync(b => b.Ledger == Kind && b.Records.Any(r => r.RecordId == first));
            batch.CreatedCount.ShouldBe(3);
            batch.Records.Select(r => r.RecordId).Order().ShouldBe(records.Select(w => w.Id).Order());
            batchId = batch.Id;
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(WorkRecord) && records.Select(w => w.Id.ToString()).Contains(e.TargetId!))).ShouldBe(3);

            var indicators = new IndicatorService(db, IndicatorCatalog.Builtin, app.Clock.Today());
            var training = await indicators.RecordsAsync("work.training", branch, year);
            training.Select(r => r.Id).ShouldContain(records[1].Id, "the record counts in the year of its fact date");
            (await indicators.ComputeAsync("work.training.participants", branch, year)).Figure!.Value.ShouldBe(
                await db.WorkRecords.Where(w => w.OrganizationId == branch.Id && w.Category!.Code == "training" && w.HeldOn >= new DateOnly(year, 1, 1) && w.HeldOn <= new DateOnly(year, 12, 31)).SumAsync(w => w.Participants ?? 0));
            (await indicators.RecordsAsync("work.funds", branch, year + 1)).Select(r => r.Id).ShouldNotContain(records[2].Id);
        }

        await LedgerPages.AssertAllStoredAsync(browser, Kind, file, 3);

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.WorkRecords.CountAsync(w => w.Title.StartsWith("导入测试"))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task A_record_typed_in_by_hand_is_recognised_by_the_import()
    {
        var branch = await LedgerWorld.VillageAsync(app, 1);
        var year = app.Clock.Today().Year - 1;
        await using (var db = app.NewDbContext())
        {
            var research = await db.WorkCategories.SingleAsync(c => c.Code == "research" && c.OrganizationId == null);
            db.WorkRecords.Add(new WorkRecord { OrganizationId = branch.Id, CategoryId = research.Id, HeldOn = new DateOnly(year, 6, 1), Title = "手工测试：入户调研" });
            await db.SaveChangesAsync();
        }

        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, "党建调研", $"{year}-06-01", "手工测试：入户调研", null, null, null, null, null],
            [branch.Name, "党建调研", $"{year}-06-02", "手工测试：第二次调研", null, null, null, null, null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var preview = await LedgerPages.CheckAsync(browser, Kind, file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 1 条，1 条系统中已有");
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        var branch = await LedgerWorld.VillageAsync(app, 2);
        var year = app.Clock.Today().Year - 1;
        var future = app.Clock.Today().AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, "宣讲", $"{year}-03-01", "坏行测试：正常的一行", "1", "30", null, null, null],        // row 2: fine
            [branch.Name, "喝茶", $"{year}-03-02", "坏行测试", null, null, null, null, null],                 // row 3
            [branch.Name, "党建调研", $"{year}-03-03", "坏行测试", null, "20", null, null, null],             // row 4
            [branch.Name, "宣讲", $"{year}-03-04", "坏行测试", "0", null, null, null, null],                  // row 5
            [branch.Name, "宣讲", future, "坏行测试", null, null, null, null, null],                          // row 6
            [branch.Name, "宣讲", $"{year}-03-06", new string('长', 201), null, null, null, null, null],     // row 7
            [branch.Name, "宣讲", $"{year}-03-07", "坏行测试", "两场", null, null, null, null],               // row 8
            [branch.Name, "宣讲", $"{year}-03-08", "坏行测试", null, "0", null, null, null],                  // row 9
            [null, "宣讲", $"{year}-03-09", "坏行测试", null, null, null, null, null],                        // row 10
            [branch.Name, "宣讲", $"{year}-03-01", "坏行测试：正常的一行", "1", "30", null, null, null],        // row 11: repeats row 2
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var page = await LedgerPages.CheckAsync(browser, Kind, file);

        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "工作类别" && p[2].Contains("喝茶"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "参加人次" && p[2].Contains("不统计参加人次"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "数量" && p[2].Contains("大于0"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "日期" && p[2].Contains("晚于今天"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "名称" && p[2].Contains("200"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "数量" && p[2].Contains("两场"));
        problems.ShouldContain(p => p[0] == "9" && p[1] == "参加人次");
        problems.ShouldContain(p => p[0] == "10" && p[1] == "党组织" && p[2].Contains("不能为空"));
        problems.ShouldContain(p => p[0] == "11" && p[2].Contains("与第2行"));
        problems.ShouldNotContain(p => p[0] == "2");
        page.QuerySelector("input[name=Token]").ShouldBeNull();
        await using var check = app.NewDbContext();
        (await check.WorkRecords.CountAsync(w => w.Title.StartsWith("坏行测试"))).ShouldBe(0);
    }

    [Fact]
    public async Task Export_gives_the_template_layout_and_imports_back_to_the_same_records()
    {
        var branch = await LedgerWorld.VillageAsync(app, 3);
        var year = app.Clock.Today().Year - 3;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, "考察学习", $"{year}-08-01", "往返测试：赴外县考察", "1", "12", "李四", "邻县", "学习集体经济经验"],
            [branch.Name, "争取资金", $"{year}-12-20", "往返测试：项目资金", "12.25", null, null, null, null],
            [branch.Name, "研究解决党建问题", $"{year}-12-21", "往返测试：解决阵地问题", "3", null, null, null, null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, Kind, file);
        var before = await SnapshotAsync();
        before.Count.ShouldBe(3);

        var exported = await LedgerPages.ExportAsync(browser, Kind, year);
        var rows = LedgerPages.Rows(exported);
        rows[0].ShouldBe([.. Headers.Select(h => h is "党组织" or "工作类别" or "日期" or "名称" ? h + "*" : h), "本县类别"]);
        rows.ShouldContain(r => r.SequenceEqual(new[] { branch.Code ?? branch.Name, "争取资金", $"{year}-12-20", "往返测试：项目资金", "12.25" }.Concat(r.Skip(5))));

        await LedgerPages.AssertImportsBackAsync(app, browser, Kind, exported, before, () => SnapshotAsync());
    }

    [Fact]
    public async Task A_leader_s_name_is_linked_to_the_leader_s_account_and_an_unknown_name_is_kept_as_typed()
    {
        var branch = await LedgerWorld.VillageAsync(app, 0);
        var township = await LedgerWorld.TownshipAsync(app);
        var year = app.Clock.Today().Year - 2;
        AppUserRow secretary;
        await using (var db = app.NewDbContext())
        {
            secretary = await db.Users.Where(u => u.UserName == "secretary").Select(u => new AppUserRow(u.Id, u.DisplayName, u.OrganizationId)).SingleAsync();
        }

        secretary.OrganizationId.ShouldBe(township.Id);
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, "党建调研", $"{year}-06-01", "带队导入：书记调研", "1", null, secretary.DisplayName, null, null],
            [branch.Name, "党建调研", $"{year}-06-02", "带队导入：外来专家调研", "1", null, "无此账号的专家", null, null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, Kind, file);

        await using (var db = app.NewDbContext())
        {
            var records = await db.WorkRecords.AsNoTracking().Where(w => w.Title.StartsWith("带队导入")).OrderBy(w => w.HeldOn).ToListAsync();
            records.Select(w => (w.LedBy, w.LedByUserId)).ShouldBe([(secretary.DisplayName, (int?)secretary.Id), ("无此账号的专家", null)]);
        }
    }

    private sealed record AppUserRow(int Id, string DisplayName, int OrganizationId);

    [Fact]
    public async Task A_role_that_does_not_enter_work_records_is_refused()
    {
        await LedgerRefusals.AssertRefusedAsync(app, "liaison", Kind, "党建工作记录台账");
        var branch = await Browser.LoginAsync(app, "branch");
        (await branch.Client.GetAsync($"/Imports/Ledger?kind={Kind}")).StatusCode.ShouldBe(HttpStatusCode.OK, "branch secretaries enter work records");
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var db = app.NewDbContext();
        var records = await db.WorkRecords.Where(w => w.Title.StartsWith("往返测试")).OrderBy(w => w.HeldOn).ToListAsync();
        return [.. records.Select(w =>
            $"{w.OrganizationId}|{w.CategoryId}|{w.HeldOn}|{w.Title}|{w.Quantity:0.##}|{w.Participants}|{w.LedBy}|{w.Place}|{w.Notes}|{w.EnteredByProxy}|{w.EnteredBy}")];
    }
}
