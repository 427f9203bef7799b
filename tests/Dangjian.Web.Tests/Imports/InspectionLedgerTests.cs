using System.Globalization;
using System.Net;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Indicators;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 督查台账: finding rows gathered into inspections, recognised on re-import, undone, exported and imported back, counted in the year's figures.</summary>
public sealed class InspectionLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Headers = ["督查单位", "督查类型", "督查日期", "轮次", "督查内容", "督查人员", "被督查党组织", "发现问题", "问题提示单日期"];

    [Fact]
    public async Task Template_has_the_columns_an_example_and_an_explanation_sheet()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.Client.GetAsync("/Imports/Ledger?kind=inspections&handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        LedgerPages.SheetNames(bytes).ShouldBe(["督查台账", "填写说明"]);
        var rows = LedgerPages.Rows(bytes);
        rows[0].ShouldBe(["督查单位", "督查类型*", "督查日期*", "轮次", "督查内容*", "督查人员*", "被督查党组织*", "发现问题", "问题提示单日期", "本县类别"]);
        rows[1].Length.ShouldBe(rows[0].Length);
        var notes = LedgerPages.Rows(bytes, 1);
        notes.ShouldContain(r => r.Length == 4 && r[0] == "督查类型" && r[1] == "必填" && r[2].Contains("四不两直"));
        notes.ShouldContain(r => r.Any(c => c.Contains("是同一次督查")));
    }

    [Fact]
    public async Task A_past_years_finding_rows_become_inspections_with_targets_recognised_on_reimport_and_undone()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        var (b1, b2, b3) = (branches[0], branches[1], branches[2]);
        List<string?[]> rows =
        [
            [null, "专项督查", $"{year}-03-10", null, "导入督查：三会一课专项", "张三、李四", b1.Name, "导入督查：会议记录不完整", $"{year}-03-12"],
            [null, "四不两直", $"{year}/5/6", "第2轮", "导入督查：四不两直", "王五", b3.Code ?? b3.Name, "导入督查：党员活动室未开放", null],
            [township.Name, "专项督查", $"{year}年3月10日", "1", "导入督查：三会一课专项", "张三，李四", b1.Name, "导入督查：党费收缴不及时", null],
            [null, "专项", $"{year}-03-10", null, "导入督查：三会一课专项", "张三、李四", b2.Name, null, null],
        ];
        var file = await LedgerPages.XlsxAsync(Headers, rows);
        var browser = await Browser.LoginAsync(app, "clerk");

        var preview = await LedgerPages.CheckAsync(browser, "inspections", file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("共 4 行：将新登记 2 条，0 条系统中已有");
        preview.QuerySelector("#samples")!.TextContent.ShouldContain("督查2个党组织，发现问题2个");
        await using (var db = app.NewDbContext())
        {
            (await db.Inspections.CountAsync(i => i.Title.StartsWith("导入督查"))).ShouldBe(0, "a check writes nothing");
        }

        (await LedgerPages.ConfirmAsync(browser, "inspections", preview)).QuerySelector("#imported")!.TextContent.ShouldContain("新登记 2 条");

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var inspections = await db.Inspections.Include(i => i.Targets).Include(i => i.Findings).AsSplitQuery()
                .Where(i => i.Title.StartsWith("导入督查")).OrderBy(i => i.StartedOn).ToListAsync();
            inspections.Count.ShouldBe(2);
            var special = inspections[0];
            special.ShouldSatisfyAllConditions(
                i => i.OrganizationId.ShouldBe(township.Id), i => i.Kind.ShouldBe(InspectionKind.Special), i => i.Year.ShouldBe(year),
                i => i.StartedOn.ShouldBe(new DateOnly(year, 3, 10)), i => i.Round.ShouldBe(1), i => i.Title.ShouldBe("导入督查：三会一课专项"),
                i => i.Inspectors.ShouldBe("张三、李四"), i => i.DrawSeed.ShouldBeNull());
            special.Targets.Select(t => t.OrganizationId).Order().ShouldBe(new[] { b1.Id, b2.Id }.Order());
            special.Findings.OrderBy(f => f.Id).Select(f => (f.OrganizationId, f.Description, f.NoticeSentOn)).ShouldBe(
            [
                (b1.Id, "导入督查：会议记录不完整", new DateOnly(year, 3, 12)),
                (b1.Id, "导入督查：党费收缴不及时", (DateOnly?)null),
            ]);
            var unannounced = inspections[1];
            unannounced.ShouldSatisfyAllConditions(
                i => i.Kind.ShouldBe(InspectionKind.Unannounced), i => i.StartedOn.ShouldBe(new DateOnly(year, 5, 6)), i => i.Round.ShouldBe(2),
                i => i.Inspectors.ShouldBe("王五"));
            unannounced.Targets.Single().OrganizationId.ShouldBe(b3.Id);
            unannounced.Findings.Single().Description.ShouldBe("导入督查：党员活动室未开放");

            var batch = await db.ImportBatches.Include(b => b.Records).SingleAsync(b => b.Ledger == "inspections" && b.Records.Any(r => r.RecordId == special.Id));
            batch.ShouldSatisfyAllConditions(b => b.RowCount.ShouldBe(4), b => b.CreatedCount.ShouldBe(2));
            batch.Records.Select(r => r.RecordId).Order().ShouldBe(inspections.Select(i => i.Id).Order());
            batchId = batch.Id;
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(Inspection) && inspections.Select(i => i.Id.ToString()).Contains(e.TargetId!)))
                .ShouldBe(2, "every imported inspection is audited");
        }

        await LedgerPages.AssertAllStoredAsync(browser, "inspections", file, 4);

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.Inspections.CountAsync(i => i.Title.StartsWith("导入督查"))).ShouldBe(0);
            (await db.Findings.CountAsync(f => f.Description.StartsWith("导入督查"))).ShouldBe(0, "the findings go with their inspection");
        }
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var elsewhere = await LedgerBranches.ElsewhereAsync(app, township);
        var year = app.Clock.Today().Year - 1;
        var future = app.Clock.Today().AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var b = branches[0].Name;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [null, "专项督查", $"{year}-04-01", null, "坏行督查：正常", "张三", b, "坏行督查：问题一", null],             // row 2: fine
            [null, "飞行检查", $"{year}-04-01", null, "坏行督查", "张三", b, null, null],                             // row 3: kind
            [null, "专项督查", future, null, "坏行督查", "张三", b, null, null],                                     // row 4: future
            [null, "专项督查", $"{year}-04-02", null, "坏行督查", "张三", township.Name, null, null],                  // row 5: not below
            [null, "专项督查", $"{year}-04-03", null, "坏行督查", "张三", elsewhere.Name, null, null],                 // row 6: out of reach
            [null, "专项督查", $"{year}-04-04", null, "坏行督查", "张三", b, null, $"{year}-04-05"],                  // row 7: notice without finding
            [null, "专项督查", $"{year}-04-04", null, "坏行督查", "张三", b, "坏行督查：问题", $"{year}-04-01"],       // row 8: notice before
            [null, "专项督查", $"{year}-04-01", null, "坏行督查：正常", "李四", b, "坏行督查：问题二", null],           // row 9: other inspectors
            [null, "专项督查", $"{year}-04-01", "第100轮", "坏行督查：另一次", "张三", b, null, null],                 // row 10: round
            [null, "专项督查", $"{year}-04-01", null, "坏行督查：正常", "张三", b, "坏行督查：问题一", null],           // row 11: repeats row 2
            [null, "专项督查", $"{year}-04-01", null, new string('长', 201), "张三", b, null, null],                  // row 12: too long
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var page = await LedgerPages.CheckAsync(browser, "inspections", file);

        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "督查类型" && p[2].Contains("飞行检查"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "督查日期" && p[2].Contains("晚于今天"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "被督查党组织" && p[2].Contains("下级党组织"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "被督查党组织" && p[2].Contains("找不到"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "问题提示单日期" && p[2].Contains("没有填写发现问题"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "问题提示单日期" && p[2].Contains("不能早于督查日期"));
        problems.ShouldContain(p => p[0] == "9" && p[1] == "督查人员" && p[2].Contains("与第2行是同一次督查"));
        problems.ShouldContain(p => p[0] == "10" && p[1] == "轮次");
        problems.ShouldContain(p => p[0] == "11" && p[1] == "发现问题" && p[2].Contains("与第2行"));
        problems.ShouldContain(p => p[0] == "12" && p[1] == "督查内容" && p[2].Contains("200"));
        problems.ShouldNotContain(p => p[0] == "2");
        page.QuerySelector("input[name=Token]").ShouldBeNull();
        await using var db = app.NewDbContext();
        (await db.Inspections.CountAsync(i => i.Title.StartsWith("坏行督查"))).ShouldBe(0);
    }

    [Fact]
    public async Task Export_gives_the_template_layout_and_imports_back_to_the_same_records()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 2;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [null, "日常督查", $"{year}-06-01", "3", "往返督查：日常", "赵六", branches[3].Name, "往返督查：制度未上墙", $"{year}-06-03"],
            [null, "日常督查", $"{year}-06-01", "3", "往返督查：日常", "赵六", branches[4].Name, null, null],
            [null, "“两随机”督查", $"{year}-09-01", null, "往返督查：两随机", "钱七、孙八", branches[3].Name, "往返督查：台账缺页", null],
            [null, "“两随机”督查", $"{year}-09-01", null, "往返督查：两随机", "钱七、孙八", branches[3].Name, "往返督查：公开栏未更新", $"{year}-09-02"],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "inspections", file);
        var before = await SnapshotAsync("往返督查");
        before.Count.ShouldBe(2);

        var exported = await LedgerPages.ExportAsync(browser, "inspections", year);
        var rows = LedgerPages.Rows(exported);
        rows[0].ShouldBe(["督查单位", "督查类型*", "督查日期*", "轮次", "督查内容*", "督查人员*", "被督查党组织*", "发现问题", "问题提示单日期", "本县类别"]);
        var mine = rows.Where(r => r.Contains("往返督查：日常")).ToList();
        mine.Count.ShouldBe(2, "one row per finding, and one for the target without a finding");
        mine.ShouldContain(r => r.Contains(branches[4].Code ?? branches[4].Name) && !r.Any(c => c.StartsWith("往返督查：制度")));

        await LedgerPages.AssertImportsBackAsync(app, browser, "inspections", exported, before, () => SnapshotAsync("往返督查"));
    }

    [Fact]
    public async Task Imported_inspections_count_in_the_year_they_were_held_not_the_year_they_were_entered()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var today = app.Clock.Today();
        var year = today.Year - 3;
        var before = await FiguresAsync(township.Id, year, today);
        var thisYear = await FiguresAsync(township.Id, today.Year, today);
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [null, "专项督查", $"{year}-10-08", "7", "指标督查：专项", "张三", branches[5].Name, "指标督查：问题一", null],
            [null, "专项督查", $"{year}-10-08", "7", "指标督查：专项", "张三", branches[6].Name, "指标督查：问题二", null],
            [null, "专项督查", $"{year}-10-08", "7", "指标督查：专项", "张三", branches[6].Name, "指标督查：问题三", null],
        ]);
        await LedgerPages.ImportAsync(await Browser.LoginAsync(app, "clerk"), "inspections", file);

        (await FiguresAsync(township.Id, year, today)).ShouldBe((before.Count + 1, before.Targets + 2, before.Findings + 3));
        (await FiguresAsync(township.Id, today.Year, today)).ShouldBe(thisYear);
    }

    [Fact]
    public async Task A_batch_whose_finding_raised_a_rectification_item_cannot_be_undone()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        var file = await LedgerPages.XlsxAsync(Headers, [[null, "专项督查", $"{year}-11-02", null, "交办督查：专项", "张三", branches[7].Name, "交办督查：问题", null]]);
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "inspections", file);
        int batchId;
        await using (var db = app.NewDbContext())
        {
            batchId = (await db.ImportBatches.Where(b => b.Ledger == "inspections").OrderByDescending(b => b.Id).FirstAsync()).Id;
            var finding = await db.Findings.SingleAsync(f => f.Description == "交办督查：问题");
            db.RectificationItems.Add(RectificationWorkflow.Raise(new RectificationItem
            {
                OrganizationId = finding.OrganizationId, RaisedById = township.Id, Source = RectificationSource.Inspection, FindingId = finding.Id,
                Problem = finding.Description, RaisedOn = new DateOnly(year, 11, 3), Deadline = new DateOnly(year, 12, 3),
            }, new RectificationActor(township.Id, "clerk", app.Clock.UtcNow())));
            await db.SaveChangesAsync();
        }

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undo-error")!.TextContent.ShouldContain("已交办整改事项");
        await using var check = app.NewDbContext();
        (await check.Inspections.CountAsync(i => i.Title == "交办督查：专项")).ShouldBe(1, "nothing removed");
    }

    [Fact]
    public async Task A_branch_secretary_who_does_not_enter_inspections_is_refused() =>
        await LedgerRefusals.AssertRefusedAsync(app, "branch", "inspections", "督查台账");

    private async Task<(decimal Count, decimal Targets, decimal Findings)> FiguresAsync(int townshipId, int year, DateOnly today)
    {
        var f = await LedgerWorld.FiguresAsync(app, townshipId, year, today, "inspections.count", "inspections.targets", "inspections.findings");
        return (f[0], f[1], f[2]);
    }

    private async Task<List<string>> SnapshotAsync(string titlePrefix)
    {
        await using var db = app.NewDbContext();
        var inspections = await db.Inspections.Include(i => i.Targets).Include(i => i.Findings).AsSplitQuery()
            .Where(i => i.Title.StartsWith(titlePrefix)).ToListAsync();
        return [.. inspections.OrderBy(i => i.StartedOn).Select(i =>
            $"{i.OrganizationId}|{i.Kind}|{i.Year}|{i.Round}|{i.Title}|{i.StartedOn}|{i.Inspectors}|{i.DrawSeed}|{i.InspectorCandidates}|{i.TargetCandidates}|"
            + string.Join(",", i.Targets.Select(t => t.OrganizationId).Order()) + "|"
            + string.Join(",", i.Findings.OrderBy(f => f.Id).Select(f => $"{f.OrganizationId}:{f.Description}:{f.NoticeSentOn}")))];
    }
}
