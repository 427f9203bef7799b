using System.Globalization;
using System.Net;
using Dangjian.Core.Indicators;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 整改事项台账: a past year's items with their states as workflow history, counted in that year's figures, recognised, undone, round-tripped.</summary>
public sealed class RectificationLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Headers = ["责任单位", "提出单位", "问题来源", "交办日期", "存在问题", "整改措施", "整改时限", "整改状态", "报送日期", "整改佐证材料", "销号日期"];
    private static readonly string[] Figures = ["raised", "raised-signed-off", "closed", "awaiting", "in-progress", "overdue"];

    [Fact]
    public async Task Template_has_the_columns_an_example_and_an_explanation_sheet()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.Client.GetAsync("/Imports/Ledger?kind=rectification&handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        LedgerPages.SheetNames(bytes).ShouldBe(["整改事项台账", "填写说明"]);
        var rows = LedgerPages.Rows(bytes);
        rows[0].ShouldBe(["责任单位*", "提出单位", "问题来源*", "交办日期*", "存在问题*", "整改措施", "整改时限*", "整改状态*", "报送日期", "整改佐证材料", "销号日期"]);
        rows[1].Length.ShouldBe(rows[0].Length);
        var notes = LedgerPages.Rows(bytes, 1);
        notes.ShouldContain(r => r.Length == 4 && r[0] == "整改状态" && r[1] == "必填" && r[2].Contains("待销号"));
        notes.ShouldContain(r => r.Any(c => c.Contains("视为同一事项")));
    }

    [Fact]
    public async Task A_past_years_items_are_imported_with_their_history_counted_in_that_year_recognised_on_reimport_and_undone()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var today = app.Clock.Today();
        var year = today.Year - 1;
        var before = await FiguresAsync(township.Id, year, today);
        var thisYear = await FiguresAsync(township.Id, today.Year, today);
        List<string?[]> rows =
        [
            [branches[0].Name, null, "自我查找", $"{year}-02-01", "导入整改：会议记录不全", "补齐记录", $"{year}-03-01", "已销号", $"{year}-02-20", "已补齐", $"{year}-02-25"],
            [branches[1].Name, township.Name, "述职评议点评", $"{year}/4/1", "导入整改：发展党员程序不规范", null, $"{year}-06-30", "待销号", $"{year}-06-15", "已整改", null],
            [branches[2].Name, null, "自查", $"{year}年5月1日", "导入整改：阵地未开放", null, $"{year}-05-31", "整改中", null, null, null],
            [branches[2].Name, null, "督查发现", $"{year}-05-02", "导入整改：公开栏未更新", null, $"{year}-07-31", "整改中", $"{year}-05-10", "已更新一半", null],
        ];
        var file = await LedgerPages.XlsxAsync(Headers, rows);
        var browser = await Browser.LoginAsync(app, "clerk");

        var preview = await LedgerPages.CheckAsync(browser, "rectification", file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("共 4 行：将新登记 4 条，0 条系统中已有");
        preview.QuerySelector("#samples")!.TextContent.ShouldContain("现已销号");
        (await LedgerPages.ConfirmAsync(browser, "rectification", preview)).QuerySelector("#imported")!.TextContent.ShouldContain("新登记 4 条");

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var items = await db.RectificationItems.Include(r => r.Changes).Where(r => r.Problem.StartsWith("导入整改")).OrderBy(r => r.RaisedOn).ToListAsync();
            items.Count.ShouldBe(4);
            items.ShouldAllBe(r => r.RaisedById == township.Id && r.FindingId == null);
            items[0].ShouldSatisfyAllConditions(
                r => r.OrganizationId.ShouldBe(branches[0].Id), r => r.Source.ShouldBe(RectificationSource.SelfFound),
                r => r.RaisedOn.ShouldBe(new DateOnly(year, 2, 1)), r => r.Problem.ShouldBe("导入整改：会议记录不全"), r => r.Measures.ShouldBe("补齐记录"),
                r => r.Deadline.ShouldBe(new DateOnly(year, 3, 1)), r => r.Status.ShouldBe(RectificationStatus.SignedOff),
                r => r.SubmittedOn.ShouldBe(new DateOnly(year, 2, 20)), r => r.Evidence.ShouldBe("已补齐"), r => r.SignedOffOn.ShouldBe(new DateOnly(year, 2, 25)));
            History(items[0]).ShouldBe(
            [
                $"-→Open@{year}-02-01 clerk 提出整改事项",
                $"Open→Submitted@{year}-02-20 clerk 报送整改材料",
                $"Submitted→SignedOff@{year}-02-25 clerk 审核通过，予以销号",
            ]);
            items[1].ShouldSatisfyAllConditions(
                r => r.OrganizationId.ShouldBe(branches[1].Id), r => r.Source.ShouldBe(RectificationSource.ReviewComment), r => r.RaisedOn.ShouldBe(new DateOnly(year, 4, 1)),
                r => r.Status.ShouldBe(RectificationStatus.Submitted), r => r.SubmittedOn.ShouldBe(new DateOnly(year, 6, 15)), r => r.SignedOffOn.ShouldBeNull(),
                r => r.Measures.ShouldBeNull());
            items[2].ShouldSatisfyAllConditions(
                r => r.Source.ShouldBe(RectificationSource.SelfFound), r => r.Status.ShouldBe(RectificationStatus.Open), r => r.SubmittedOn.ShouldBeNull(),
                r => r.Evidence.ShouldBeNull());
            History(items[2]).ShouldBe([$"-→Open@{year}-05-01 clerk 提出整改事项"]);
            items[3].ShouldSatisfyAllConditions(
                r => r.Source.ShouldBe(RectificationSource.Inspection), r => r.Status.ShouldBe(RectificationStatus.Open),
                r => r.SubmittedOn.ShouldBe(new DateOnly(year, 5, 10)), r => r.Evidence.ShouldBe("已更新一半"));
            History(items[3]).Select(h => h[..h.IndexOf('@')]).ShouldBe(["-→Open", "Open→Submitted", "Submitted→Open"]);

            var batch = await db.ImportBatches.Include(b => b.Records).SingleAsync(b => b.Ledger == "rectification" && b.Records.Any(r => r.RecordId == items[0].Id));
            batch.Records.Select(r => r.RecordId).Order().ShouldBe(items.Select(r => r.Id).Order());
            batchId = batch.Id;
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(RectificationItem) && items.Select(r => r.Id.ToString()).Contains(e.TargetId!))).ShouldBe(4);
        }

        var after = await FiguresAsync(township.Id, year, today);
        after.ShouldBe(new Dictionary<string, decimal>
        {
            ["raised"] = before["raised"] + 4,
            ["raised-signed-off"] = before["raised-signed-off"] + 1,
            ["closed"] = before["closed"] + 1,
            ["awaiting"] = before["awaiting"] + 1,
            ["in-progress"] = before["in-progress"],
            ["overdue"] = before["overdue"] + 2,
        });
        (await FiguresAsync(township.Id, today.Year, today))["raised"].ShouldBe(thisYear["raised"], "counted by the raise date, not the day of the import");

        var again = await LedgerPages.CheckAsync(browser, "rectification", file);
        again.QuerySelector("#preview-summary")!.TextContent.ShouldContain("4 行都已在系统中");

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.RectificationItems.CountAsync(r => r.Problem.StartsWith("导入整改"))).ShouldBe(0);
            (await db.RectificationStatusChanges.CountAsync(c => c.Item!.Problem.StartsWith("导入整改"))).ShouldBe(0);
        }

        (await FiguresAsync(township.Id, year, today)).ShouldBe(before);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        var future = app.Clock.Today().AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var b = branches[0].Name;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [b, null, "自我查找", $"{year}-03-01", "坏行整改：正常", null, $"{year}-04-01", "整改中", null, null, null],                       // 2 fine
            [township.Name, null, "自我查找", $"{year}-03-01", "坏行整改", null, $"{year}-04-01", "整改中", null, null, null],              // 3 not below
            [b, null, "自我查找", $"{year}-03-01", "坏行整改", null, $"{year}-02-01", "整改中", null, null, null],                           // 4 deadline before
            [b, null, "自我查找", $"{year}-03-01", "坏行整改", null, $"{year + 6}-03-02", "整改中", null, null, null],                       // 5 > 5 years
            [b, null, "自我查找", $"{year}-03-01", "坏行整改", null, $"{year}-04-01", "已销号", $"{year}-03-05", "材料", null],              // 6 no sign-off date
            [b, null, "自我查找", $"{year}-03-01", "坏行整改", null, $"{year}-04-01", "待销号", null, null, null],                           // 7 no submit date
            [b, null, "自我查找", $"{year}-03-01", "坏行整改", null, $"{year}-04-01", "待销号", $"{year}-03-05", null, null],                // 8 no evidence
            [b, null, "自我查找", $"{year}-03-01", "坏行整改", null, $"{year}-04-01", "整改中", null, null, $"{year}-03-06"],                // 9 sign-off while open
            [b, null, "自我查找", $"{year}-03-01", "坏行整改", null, $"{year}-04-01", "已销号", $"{year}-03-05", "材料", $"{year}-03-04"],   // 10 before submit
            [b, null, "自我查找", $"{year}-03-01", "坏行整改", null, $"{year}-04-01", "已完成", null, null, null],                           // 11 status
            [b, null, "上级交办", $"{year}-03-01", "坏行整改", null, $"{year}-04-01", "整改中", null, null, null],                           // 12 source
            [b, null, "自我查找", $"{year}-03-01", "坏行整改", null, $"{year}-04-01", "待销号", $"{year}-02-27", "材料", null],              // 13 submit before raise
            [b, null, "自我查找", future, "坏行整改", null, future, "整改中", null, null, null],                                              // 14 raised in the future
            [b, null, "自我查找", $"{year}-03-01", "坏行整改：正常", null, $"{year}-04-01", "整改中", null, null, null],                     // 15 repeats row 2
            [b, branches[1].Name, "自我查找", $"{year}-03-01", "坏行整改", null, $"{year}-04-01", "整改中", null, null, null],               // 16 raiser not above
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var page = await LedgerPages.CheckAsync(browser, "rectification", file);

        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "责任单位" && p[2].Contains("下级党组织"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "整改时限" && p[2].Contains("不能早于交办日期"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "整改时限" && p[2].Contains("5年"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "销号日期" && p[2].Contains("请填写销号日期"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "报送日期" && p[2].Contains("请填写报送日期"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "整改佐证材料");
        problems.ShouldContain(p => p[0] == "9" && p[1] == "销号日期" && p[2].Contains("不填销号日期"));
        problems.ShouldContain(p => p[0] == "10" && p[1] == "销号日期" && p[2].Contains("不能早于报送日期"));
        problems.ShouldContain(p => p[0] == "11" && p[1] == "整改状态" && p[2].Contains("已完成"));
        problems.ShouldContain(p => p[0] == "12" && p[1] == "问题来源" && p[2].Contains("上级交办"));
        problems.ShouldContain(p => p[0] == "13" && p[1] == "报送日期" && p[2].Contains("不能早于交办日期"));
        problems.ShouldContain(p => p[0] == "14" && p[1] == "交办日期" && p[2].Contains("晚于今天"));
        problems.ShouldContain(p => p[0] == "15" && p[2].Contains("与第2行"));
        problems.ShouldContain(p => p[0] == "16" && p[1] == "责任单位" && p[2].Contains("下级党组织"));
        problems.ShouldNotContain(p => p[0] == "2");
        page.QuerySelector("input[name=Token]").ShouldBeNull();
        await using var db = app.NewDbContext();
        (await db.RectificationItems.CountAsync(r => r.Problem.StartsWith("坏行整改"))).ShouldBe(0);
    }

    [Fact]
    public async Task Export_gives_the_template_layout_and_imports_back_to_the_same_records()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 2;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branches[3].Name, null, "述职评议点评", $"{year}-01-15", "往返整改：一", "措施一", $"{year}-03-31", "已销号", $"{year}-03-20", "材料一", $"{year}-04-02"],
            [branches[3].Name, null, "自我查找", $"{year}-02-15", "往返整改：二", null, $"{year}-05-31", "待销号", $"{year}-05-30", "材料二", null],
            [branches[4].Name, null, "自我查找", $"{year}-03-15", "往返整改：三", "措施三", $"{year + 1}-01-31", "整改中", null, null, null],
            [branches[4].Name, null, "自我查找", $"{year}-04-15", "往返整改：四", null, $"{year}-06-30", "整改中", $"{year}-06-01", "材料四", null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "rectification", file);
        var before = await SnapshotAsync("往返整改");
        before.Count.ShouldBe(4);

        var exported = await LedgerPages.ExportAsync(browser, "rectification", year);
        var rows = LedgerPages.Rows(exported);
        rows[0].ShouldBe(["责任单位*", "提出单位", "问题来源*", "交办日期*", "存在问题*", "整改措施", "整改时限*", "整改状态*", "报送日期", "整改佐证材料", "销号日期"]);
        rows.ShouldContain(r => r.Contains("往返整改：一") && r.Contains("已销号") && r.Contains($"{year}-04-02"));

        await LedgerPages.AssertImportsBackAsync(app, browser, "rectification", exported, before, () => SnapshotAsync("往返整改"));
    }

    [Fact]
    public async Task An_inspection_finding_is_linked_and_ties_down_the_inspection_batch_until_the_items_are_undone()
    {
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "inspections", await LedgerPages.XlsxAsync(
            ["督查类型", "督查日期", "督查内容", "督查人员", "被督查党组织", "发现问题"],
            [["专项督查", $"{year}-08-01", "关联整改：专项督查", "张三", branches[5].Name, "关联整改：档案缺失"]]));
        await LedgerPages.ImportAsync(browser, "rectification", await LedgerPages.XlsxAsync(Headers,
            [[branches[5].Name, null, "督查发现", $"{year}-08-03", "关联整改：档案缺失", null, $"{year}-09-03", "整改中", null, null, null]]));
        int inspectionBatch, itemBatch;
        await using (var db = app.NewDbContext())
        {
            var finding = await db.Findings.SingleAsync(f => f.Description == "关联整改：档案缺失");
            (await db.RectificationItems.SingleAsync(r => r.Problem == "关联整改：档案缺失")).FindingId.ShouldBe(finding.Id);
            inspectionBatch = (await db.ImportBatches.Where(b => b.Ledger == "inspections").OrderByDescending(b => b.Id).FirstAsync()).Id;
            itemBatch = (await db.ImportBatches.Where(b => b.Ledger == "rectification").OrderByDescending(b => b.Id).FirstAsync()).Id;
        }

        (await LedgerPages.UndoAsync(browser, inspectionBatch)).QuerySelector("#undo-error")!.TextContent.ShouldContain("已交办整改事项");
        (await LedgerPages.UndoAsync(browser, itemBatch)).QuerySelector("#undone").ShouldNotBeNull();
        (await LedgerPages.UndoAsync(browser, inspectionBatch)).QuerySelector("#undone").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_batch_whose_item_moved_on_since_cannot_be_undone()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "rectification", await LedgerPages.XlsxAsync(Headers,
            [[branches[6].Name, null, "自我查找", $"{year}-10-01", "后续整改：报送", null, $"{year}-10-31", "整改中", null, null, null]]));
        int batchId;
        await using (var db = app.NewDbContext())
        {
            batchId = (await db.ImportBatches.Where(b => b.Ledger == "rectification").OrderByDescending(b => b.Id).FirstAsync()).Id;
            var item = await db.RectificationItems.Include(r => r.Changes).SingleAsync(r => r.Problem == "后续整改：报送");
            RectificationWorkflow.Submit(item, new RectificationActor(item.OrganizationId, "支部书记", app.Clock.UtcNow()), null, "已整改").ShouldBeNull();
            await db.SaveChangesAsync();
        }

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undo-error")!.TextContent.ShouldContain("1条已被修改");
        await using var check = app.NewDbContext();
        (await check.RectificationItems.CountAsync(r => r.Problem == "后续整改：报送")).ShouldBe(1);
    }

    [Fact]
    public async Task A_branch_secretary_who_does_not_raise_items_is_refused() =>
        await LedgerRefusals.AssertRefusedAsync(app, "branch", "rectification", "整改事项台账");

    private static List<string> History(RectificationItem item) =>
        [.. item.Changes.OrderBy(c => c.Id).Select(c => $"{(c.From is { } f ? f.ToString() : "-")}→{c.To}@{c.ChangedAt.BeijingDate():yyyy-MM-dd} {c.ChangedBy} {c.Note}")];

    private async Task<Dictionary<string, decimal>> FiguresAsync(int townshipId, int year, DateOnly today)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == townshipId);
        var service = new IndicatorService(db, IndicatorCatalog.Builtin, today);
        var figures = new Dictionary<string, decimal>();
        foreach (var f in Figures)
        {
            figures[f] = (await service.ComputeAsync($"rectification.{f}", township, year)).Figure?.Value ?? 0;
        }

        return figures;
    }

    private async Task<List<string>> SnapshotAsync(string problemPrefix)
    {
        await using var db = app.NewDbContext();
        var items = await db.RectificationItems.Include(r => r.Changes).Where(r => r.Problem.StartsWith(problemPrefix)).ToListAsync();
        return [.. items.OrderBy(r => r.RaisedOn).Select(r =>
            $"{r.OrganizationId}|{r.RaisedById}|{r.Source}|{r.FindingId}|{r.Problem}|{r.Measures}|{r.Evidence}|{r.RaisedOn}|{r.Deadline}|{r.Status}|{r.SubmittedOn}|{r.SignedOffOn}|"
            + string.Join(",", History(r)))];
    }
}
