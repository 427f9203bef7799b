using System.Globalization;
using System.Net;
using Dangjian.Core.Categories;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Indicators;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 为民办实事和志愿服务台账: a past year's records counted in that year, recognised again, undone unless edited since, round-tripped.</summary>
public sealed class ServiceLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Headers = ["党组织", "类别", "日期", "事项", "志愿服务队", "人数"];
    private static readonly string[] WithTag = [.. Headers, "本县类别"];

    /// <summary>The county's service category 帮扶 with its sub-category 扶助学生 (arranged directly: the pages are tested in CountyCategoryTests).</summary>
    private async Task<int> StudentsTagAsync()
    {
        await using var db = app.NewDbContext();
        if (await db.RecordTags.SingleOrDefaultAsync(t => t.Family == RecordFamily.Service && t.Code == "help-students") is { } found)
        {
            return found.Id;
        }

        var county = await db.Organizations.SingleAsync(o => o.ParentId == null);
        var help = new RecordTag { OrganizationId = county.Id, Family = RecordFamily.Service, Code = "help", Name = "帮扶", Unit = "件" };
        db.RecordTags.Add(help);
        await db.SaveChangesAsync();
        var students = new RecordTag { OrganizationId = county.Id, Family = RecordFamily.Service, ParentId = help.Id, Code = "help-students", Name = "扶助学生", Unit = "件" };
        db.RecordTags.Add(students);
        await db.SaveChangesAsync();
        return students.Id;
    }

    [Fact]
    public async Task The_countys_category_is_read_by_name_or_code_and_an_unknown_one_is_reported_in_its_column()
    {
        var students = await StudentsTagAsync();
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        var browser = await Browser.LoginAsync(app, "clerk");
        var bad = await LedgerPages.CheckAsync(browser, "service", await LedgerPages.XlsxAsync(WithTag,
        [
            [branches[0].Name, "为民办实事", $"{year}-04-01", "类别服务：坏", null, "1", "不存在的类别"],
        ]));
        LedgerPages.Problems(bad).ShouldContain(p => p[0] == "2" && p[1] == "本县类别" && p[2].Contains("不存在的类别"));

        await LedgerPages.ImportAsync(browser, "service", await LedgerPages.XlsxAsync(WithTag,
        [
            [branches[0].Name, "为民办实事", $"{year}-04-01", "类别服务：一", null, "1", "扶助学生"],
            [branches[0].Name, "为民办实事", $"{year}-04-02", "类别服务：二", null, "1", "help-students"],
            [branches[0].Name, "为民办实事", $"{year}-04-03", "类别服务：三", null, "1", null],
        ]));
        await using var db = app.NewDbContext();
        var records = await db.ServiceRecords.Where(r => r.Title.StartsWith("类别服务")).OrderBy(r => r.HeldOn).Select(r => r.TagId).ToListAsync();
        records.ShouldBe([students, students, null]);
    }

    [Fact]
    public async Task Template_has_the_columns_an_example_and_an_explanation_sheet()
    {
        var response = await (await Browser.LoginAsync(app, "clerk")).Client.GetAsync("/Imports/Ledger?kind=service&handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        LedgerPages.SheetNames(bytes).ShouldBe(["为民办实事和志愿服务台账", "填写说明"]);
        LedgerPages.Rows(bytes)[0].ShouldBe(["党组织*", "类别*", "日期*", "事项*", "志愿服务队", "人数", "本县类别"]);
        LedgerPages.Rows(bytes, 1).ShouldContain(r => r.Length == 4 && r[0] == "类别" && r[1] == "必填" && r[2].Contains("志愿服务"));
    }

    [Fact]
    public async Task A_past_years_records_are_imported_counted_in_that_year_recognised_on_reimport_and_undone()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var today = app.Clock.Today();
        var year = today.Year - 1;
        var before = await FiguresAsync(township.Id, year, today);
        var thisYear = await FiguresAsync(township.Id, today.Year, today);
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branches[0].Name, "为民办实事", $"{year}-05-20", "导入服务：修缮房屋", null, "3"],
            [branches[1].Name, "志愿服务活动", $"{year}/8/1", "导入服务：义诊", "青年志愿服务队", "25"],
            [branches[1].Name, "志愿服务", $"{year}年10月1日", "导入服务：清扫", null, null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var preview = await LedgerPages.CheckAsync(browser, "service", file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 3 条，0 条系统中已有");
        await LedgerPages.ConfirmAsync(browser, "service", preview);

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var records = await db.ServiceRecords.Where(r => r.Title.StartsWith("导入服务")).OrderBy(r => r.HeldOn).ToListAsync();
            records.Count.ShouldBe(3);
            records[0].ShouldSatisfyAllConditions(r => r.OrganizationId.ShouldBe(branches[0].Id), r => r.Kind.ShouldBe(ServiceKind.Deed),
                r => r.HeldOn.ShouldBe(new DateOnly(year, 5, 20)), r => r.People.ShouldBe(3), r => r.Team.ShouldBeNull());
            records[1].ShouldSatisfyAllConditions(r => r.Kind.ShouldBe(ServiceKind.Volunteer), r => r.Team.ShouldBe("青年志愿服务队"), r => r.People.ShouldBe(25));
            records[2].People.ShouldBe(0);
            batchId = (await db.ImportBatches.SingleAsync(b => b.Ledger == "service" && b.Records.Any(x => x.RecordId == records[0].Id))).Id;
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(ServiceRecord) && records.Select(r => r.Id.ToString()).Contains(e.TargetId!))).ShouldBe(3);
        }

        (await FiguresAsync(township.Id, year, today)).ShouldBe((before.Deeds + 1, before.Volunteer + 2, before.People + 25));
        (await FiguresAsync(township.Id, today.Year, today)).ShouldBe(thisYear);
        (await LedgerPages.CheckAsync(browser, "service", file)).QuerySelector("#preview-summary")!.TextContent.ShouldContain("3 行都已在系统中");

        await using (var db = app.NewDbContext())
        {
            (await db.ServiceRecords.SingleAsync(r => r.Title == "导入服务：清扫")).People = 8;
            await db.SaveChangesAsync();
        }

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undo-error")!.TextContent.ShouldContain("1条已被修改");
        await using (var db = app.NewDbContext())
        {
            (await db.ServiceRecords.SingleAsync(r => r.Title == "导入服务：清扫")).People = 0;
            await db.SaveChangesAsync();
        }

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.ServiceRecords.CountAsync(r => r.Title.StartsWith("导入服务"))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var elsewhere = await LedgerBranches.ElsewhereAsync(app, township);
        var year = app.Clock.Today().Year - 1;
        var future = app.Clock.Today().AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branches[0].Name, "为民办实事", $"{year}-03-01", "坏行服务：正常", null, "1"],  // 2 fine
            [branches[0].Name, "为民办实事", future, "坏行服务", null, "1"],                  // 3 future
            [branches[0].Name, "慰问", $"{year}-03-01", "坏行服务", null, "1"],               // 4 kind
            [branches[0].Name, "为民办实事", $"{year}-03-01", null, null, "1"],               // 5 no title
            [branches[0].Name, "为民办实事", $"{year}-03-02", "坏行服务", null, "-3"],        // 6 people
            [elsewhere.Name, "为民办实事", $"{year}-03-01", "坏行服务", null, "1"],           // 7 out of reach
            [branches[0].Name, "为民办实事", $"{year}-03-01", "坏行服务：正常", null, "1"],  // 8 repeats row 2
        ]);
        var page = await LedgerPages.CheckAsync(await Browser.LoginAsync(app, "clerk"), "service", file);
        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "日期" && p[2].Contains("晚于今天"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "类别" && p[2].Contains("慰问"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "事项" && p[2].Contains("不能为空"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "人数");
        problems.ShouldContain(p => p[0] == "7" && p[1] == "党组织" && p[2].Contains("找不到"));
        problems.ShouldContain(p => p[0] == "8" && p[2].Contains("与第2行"));
        problems.ShouldNotContain(p => p[0] == "2");
        await using var db = app.NewDbContext();
        (await db.ServiceRecords.CountAsync(r => r.Title.StartsWith("坏行服务"))).ShouldBe(0);
    }

    [Fact]
    public async Task Export_gives_the_template_layout_and_imports_back_to_the_same_records()
    {
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 2;
        var browser = await Browser.LoginAsync(app, "clerk");
        await StudentsTagAsync();
        await LedgerPages.ImportAsync(browser, "service", await LedgerPages.XlsxAsync(WithTag,
        [
            [branches[2].Name, "为民办实事", $"{year}-02-02", "往返服务：一", null, "4", "帮扶／扶助学生"],
            [branches[2].Name, "志愿服务", $"{year}-11-11", "往返服务：二", "巾帼志愿服务队", "30", null],
        ]));
        var before = await SnapshotAsync();
        before.Count.ShouldBe(2);
        before[0].ShouldNotEndWith("|", "the first record carries the county's category");
        var exported = await LedgerPages.ExportAsync(browser, "service", year);
        LedgerPages.Rows(exported)[0].ShouldBe(["党组织*", "类别*", "日期*", "事项*", "志愿服务队", "人数", "本县类别"]);
        await LedgerPages.AssertImportsBackAsync(app, browser, "service", exported, before, () => SnapshotAsync());
    }

    [Fact]
    public async Task A_role_that_does_not_record_service_is_refused() =>
        await LedgerRefusals.AssertRefusedAsync(app, "liaison", "service", "为民办实事和志愿服务台账");

    private async Task<(decimal Deeds, decimal Volunteer, decimal People)> FiguresAsync(int townshipId, int year, DateOnly today)
    {
        var f = await LedgerWorld.FiguresAsync(app, townshipId, year, today, "service.deeds", "service.volunteer", "service.volunteer-people");
        return (f[0], f[1], f[2]);
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var db = app.NewDbContext();
        var records = await db.ServiceRecords.Where(r => r.Title.StartsWith("往返服务")).ToListAsync();
        return [.. records.OrderBy(r => r.HeldOn).Select(r => $"{r.OrganizationId}|{r.Kind}|{r.HeldOn}|{r.Title}|{r.Team}|{r.People}|{r.TagId}")];
    }
}
