using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 选派干部台账: assignments by the assignment form's rules, recognised again, refused row by row, exported and undone.</summary>
public sealed class AssignmentLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Kind = "assignments";
    private static readonly string[] Headers = ["派驻党组织", "选派类别", "姓名", "派出单位", "选派日期", "结束日期"];

    [Fact]
    public async Task Assignments_are_imported_recognised_on_reimport_exported_and_undone()
    {
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 2;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branches[0].Name, "第一书记", "导入选派甲", "县农业农村局", $"{year}-03-01", $"{year + 3}-03-01"],
            [branches[1].Name, "驻村工作队", "导入选派乙", "县交通局", $"{year}/4/1", null],
            [branches[1].Code ?? branches[1].Name, "党建指导员", "导入选派丙", "县委组织部", $"{year}年5月1日", null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var preview = await LedgerPages.CheckAsync(browser, Kind, file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 3 条，0 条系统中已有");
        await LedgerPages.ConfirmAsync(browser, Kind, preview);

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var rows = await db.Assignments.Where(a => a.PersonName.StartsWith("导入选派")).OrderBy(a => a.StartedOn).ToListAsync();
            rows.Select(a => a.Kind).ShouldBe([AssignmentKind.FirstSecretary, AssignmentKind.WorkTeam, AssignmentKind.Instructor]);
            rows[0].ShouldSatisfyAllConditions(a => a.OrganizationId.ShouldBe(branches[0].Id), a => a.EndedOn.ShouldBe(new DateOnly(year + 3, 3, 1)),
                a => a.DispatchingUnit.ShouldBe("县农业农村局"));
            batchId = (await db.ImportBatches.SingleAsync(b => b.Ledger == Kind)).Id;
        }

        (await LedgerPages.CheckAsync(browser, Kind, file)).QuerySelector("#preview-summary")!.TextContent.ShouldContain("3 行都已在系统中");
        var exported = LedgerPages.Rows(await LedgerPages.ExportAsync(browser, Kind, year));
        exported[0].ShouldBe(["派驻党组织*", "选派类别*", "姓名*", "派出单位*", "选派日期*", "结束日期"]);
        exported.ShouldContain(r => r.Length >= 5 && r[1] == "驻村工作队队员" && r[2] == "导入选派乙");
        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.Assignments.CountAsync(a => a.PersonName.StartsWith("导入选派"))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Rows_against_the_assignment_rules_are_reported_by_row_and_column_and_nothing_is_imported()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var elsewhere = await LedgerBranches.ElsewhereAsync(app, township);
        var year = app.Clock.Today().Year - 1;
        var b = branches[2].Name;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [b, "第一书记", "坏行选派", "县财政局", $"{year}-03-01", null],               // 2 fine
            [b, "村医", "坏行选派", "县财政局", $"{year}-03-02", null],                   // 3 kind
            [b, "第一书记", null, "县财政局", $"{year}-03-03", null],                     // 4 no name
            [b, "第一书记", "坏行选派", "县财政局", $"{year + 2}-03-01", null],           // 5 future
            [b, "第一书记", "坏行选派", "县财政局", $"{year}-03-05", $"{year}-01-01"],    // 6 ends before it starts
            [elsewhere.Name, "第一书记", "坏行选派", "县财政局", $"{year}-03-06", null],  // 7 out of scope
            [b, "第一书记", "坏行选派", null, "三月", null],                              // 8 unit, date
        ]);
        var page = await LedgerPages.CheckAsync(await Browser.LoginAsync(app, "clerk"), Kind, file);
        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "选派类别" && p[2].Contains("村医"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "姓名" && p[2].Contains("请填写姓名"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "选派日期");
        problems.ShouldContain(p => p[0] == "6" && p[1] == "结束日期" && p[2].Contains("不能早于选派日期"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "派驻党组织");
        problems.ShouldContain(p => p[0] == "8" && p[1] == "派出单位" && p[2].Contains("请填写派出单位"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "选派日期" && p[2].Contains("不是有效的日期"));
        problems.ShouldNotContain(p => p[0] == "2");
        await using var db = app.NewDbContext();
        (await db.Assignments.CountAsync(a => a.PersonName == "坏行选派")).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_roles_that_enter_assignments_import_them()
    {
        await LedgerRefusals.AssertRefusedAsync(app, "liaison", Kind, "选派干部台账");
        await LedgerRefusals.AssertRefusedAsync(app, "branch", Kind, "选派干部台账");
    }
}
