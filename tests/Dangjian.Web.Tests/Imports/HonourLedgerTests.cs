using Dangjian.Core.Building;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Members;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 表彰台账: a past year's honours by the county's names, a person linked to the roster, recognised again, refused row by row, exported back.</summary>
public sealed class HonourLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Headers = ["党组织", "表彰名称", "级别", "表彰日期", "姓名", "授予单位", "事迹"];

    [Fact]
    public async Task A_past_years_honours_are_imported_linked_to_the_roster_recognised_exported_and_undone()
    {
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 4;
        Member member;
        await using (var db = app.NewDbContext())
        {
            var names = await db.Members.Where(m => m.OrganizationId == branches[1].Id && m.State == MemberState.Active)
                .GroupBy(m => m.Name).Where(g => g.Count() == 1).Select(g => g.Key).ToListAsync();
            member = await db.Members.FirstAsync(m => m.OrganizationId == branches[1].Id && m.State == MemberState.Active && names.Contains(m.Name));
        }

        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branches[0].Name, "先进基层党组织", "市级", $"{year}-06-30", null, "市委", "导入表彰：产业带富"],
            [branches[1].Name, "优秀共产党员", "县级", $"{year}-06-30", member.Name, "县委", "导入表彰：名册党员"],
            [branches[1].Name, "优秀党务工作者", "县级", $"{year}-06-30", "不在名册的人", null, "导入表彰：手填姓名"],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var preview = await LedgerPages.CheckAsync(browser, "honours", file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 3 条，0 条系统中已有");
        await LedgerPages.ConfirmAsync(browser, "honours", preview);

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var honours = await db.Honours.Include(h => h.HonourName).Where(h => h.Note!.StartsWith("导入表彰")).OrderBy(h => h.OrganizationId).ThenBy(h => h.Id).ToListAsync();
            honours.Count.ShouldBe(3);
            honours.ShouldAllBe(h => h.ConferredOn == new DateOnly(year, 6, 30));
            honours[0].ShouldSatisfyAllConditions(h => h.OrganizationId.ShouldBe(branches[0].Id), h => h.Level.ShouldBe(TitleLevel.City),
                h => h.HonourName!.Target.ShouldBe(HonourTarget.Organization), h => h.PersonName.ShouldBeNull());
            honours.Single(h => h.HonourName!.Name == "优秀共产党员").ShouldSatisfyAllConditions(h => h.MemberId.ShouldBe(member.Id), h => h.PersonName.ShouldBeNull());
            honours.Single(h => h.HonourName!.Name == "优秀党务工作者").ShouldSatisfyAllConditions(h => h.MemberId.ShouldBeNull(), h => h.PersonName.ShouldBe("不在名册的人"));
            batchId = (await db.ImportBatches.SingleAsync(b => b.Ledger == "honours")).Id;
        }

        (await LedgerPages.CheckAsync(browser, "honours", file)).QuerySelector("#preview-summary")!.TextContent.ShouldContain("3 行都已在系统中");
        var exported = LedgerPages.Rows(await LedgerPages.ExportAsync(browser, "honours", year));
        exported[0].ShouldBe(["党组织*", "表彰名称*", "级别*", "表彰日期*", "姓名", "授予单位", "事迹"]);
        exported.ShouldContain(r => r.Length >= 5 && r[1] == "优秀共产党员" && r[4] == member.Name);
        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.Honours.CountAsync(h => h.Note!.StartsWith("导入表彰"))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Rows_against_the_honour_rules_are_reported_by_row_and_column_and_nothing_is_imported()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var elsewhere = await LedgerBranches.ElsewhereAsync(app, township);
        var year = app.Clock.Today().Year - 1;
        var b = branches[2].Name;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [b, "先进基层党组织", "县级", $"{year}-07-01", null, null, "坏行表彰"],             // 2 fine
            [b, "五好家庭", "县级", $"{year}-07-01", null, null, "坏行表彰"],                   // 3 not a county name
            [b, "先进基层党组织", "乡级", $"{year}-07-01", null, null, "坏行表彰"],             // 4 level
            [b, "先进基层党组织", "县级", $"{year}-07-01", "张三", null, "坏行表彰"],           // 5 person on a collective honour
            [b, "优秀共产党员", "县级", $"{year}-07-01", null, null, "坏行表彰"],               // 6 nobody named
            [b, "优秀共产党员", "县级", $"{year + 2}-07-01", "李四", null, "坏行表彰"],         // 7 future
            [elsewhere.Name, "先进基层党组织", "县级", $"{year}-07-01", null, null, "坏行表彰"], // 8 out of scope
            [b, "先进基层党组织", "县级", $"{year}-09-01", null, null, "坏行表彰"],             // 9 same honour, same year as row 2
        ]);
        var page = await LedgerPages.CheckAsync(await Browser.LoginAsync(app, "clerk"), "honours", file);
        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "表彰名称" && p[2].Contains("不是本县的表彰名称"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "级别" && p[2].Contains("乡级"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "姓名" && p[2].Contains("集体表彰"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "姓名" && p[2].Contains("请填写姓名"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "表彰日期" && p[2].Contains("晚于今天"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "党组织");
        problems.ShouldContain(p => p[0] == "9" && p[2].Contains("与第2行"));
        problems.ShouldNotContain(p => p[0] == "2");
        await using var db = app.NewDbContext();
        (await db.Honours.CountAsync(h => h.Note == "坏行表彰")).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_roles_that_enter_honours_import_them()
    {
        await LedgerRefusals.AssertRefusedAsync(app, "liaison", "honours", "表彰台账");
        await LedgerRefusals.AssertRefusedAsync(app, "branch", "honours", "表彰台账");
    }
}
