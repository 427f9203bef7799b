using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 党建项目台账: projects by the project form's rules (a planned start may lie ahead, only a completed one has a completion date).</summary>
public sealed class ProjectLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Kind = "projects";
    private static readonly string[] Headers = ["党组织", "项目名称", "项目类别", "项目状态", "开工日期", "完成日期", "资金（万元）", "成效"];

    [Fact]
    public async Task Projects_are_imported_recognised_on_reimport_exported_and_undone()
    {
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var today = app.Clock.Today();
        var year = today.Year - 1;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branches[0].Name, "导入项目：花椒示范园", "党建+产业项目", "完成", $"{year}-03-01", $"{year}-10-01", "35.5", "带动增收"],
            [branches[1].Name, "导入项目：阵地改造", "venue", "在建", $"{year}-05-01", null, null, null],
            [branches[2].Name, "导入项目：计划示范点", "党建示范项目", "计划", today.AddMonths(2).ToString("yyyy-MM-dd"), null, "10", null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var preview = await LedgerPages.CheckAsync(browser, Kind, file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 3 条，0 条系统中已有");
        await LedgerPages.ConfirmAsync(browser, Kind, preview);

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var projects = await db.Projects.Include(p => p.Kind).Where(p => p.Name.StartsWith("导入项目")).OrderBy(p => p.StartedOn).ToListAsync();
            projects.Select(p => p.Status).ShouldBe([ProjectStatus.Completed, ProjectStatus.UnderWay, ProjectStatus.Planned]);
            projects[0].ShouldSatisfyAllConditions(p => p.Amount.ShouldBe(35.5m), p => p.CompletedOn.ShouldBe(new DateOnly(year, 10, 1)),
                p => p.Kind!.Code.ShouldBe("industry"), p => p.Outcome.ShouldBe("带动增收"));
            projects[1].Kind!.Code.ShouldBe("venue");
            batchId = (await db.ImportBatches.SingleAsync(b => b.Ledger == Kind)).Id;
        }

        (await LedgerPages.CheckAsync(browser, Kind, file)).QuerySelector("#preview-summary")!.TextContent.ShouldContain("3 行都已在系统中");
        var exported = LedgerPages.Rows(await LedgerPages.ExportAsync(browser, Kind, year));
        exported[0].ShouldBe(["党组织*", "项目名称*", "项目类别*", "项目状态*", "开工日期*", "完成日期", "资金（万元）", "成效"]);
        exported.ShouldContain(r => r.Length >= 7 && r[1] == "导入项目：花椒示范园" && r[3] == "完成" && r[6] == "35.5");
        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.Projects.CountAsync(p => p.Name.StartsWith("导入项目"))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Rows_against_the_project_rules_are_reported_by_row_and_column_and_nothing_is_imported()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var elsewhere = await LedgerBranches.ElsewhereAsync(app, township);
        var year = app.Clock.Today().Year - 1;
        var b = branches[3].Name;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [b, "坏行项目：好", "党建示范项目", "在建", $"{year}-03-01", null, null, "坏行项目"],                  // 2 fine
            [b, "坏行项目：类别", "示范工程", "在建", $"{year}-03-01", null, null, "坏行项目"],                    // 3 kind
            [b, "坏行项目：状态", "党建示范项目", "暂停", $"{year}-03-01", null, null, "坏行项目"],                // 4 status
            [b, "坏行项目：未来", "党建示范项目", "在建", $"{year + 2}-03-01", null, null, "坏行项目"],            // 5 under way in the future
            [b, "坏行项目：完成", "党建示范项目", "完成", $"{year}-03-01", null, null, "坏行项目"],                // 6 completed without a date
            [b, "坏行项目：在建", "党建示范项目", "在建", $"{year}-03-01", $"{year}-04-01", null, "坏行项目"],     // 7 date but not completed
            [b, "坏行项目：资金", "党建示范项目", "在建", $"{year}-03-01", null, "0", "坏行项目"],                 // 8 amount
            [elsewhere.Name, "坏行项目：越权", "党建示范项目", "在建", $"{year}-03-01", null, null, "坏行项目"],   // 9 out of scope
        ]);
        var page = await LedgerPages.CheckAsync(await Browser.LoginAsync(app, "clerk"), Kind, file);
        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "项目类别" && p[2].Contains("示范工程") && p[2].Contains("党建示范项目"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "项目状态" && p[2].Contains("暂停"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "开工日期");
        problems.ShouldContain(p => p[0] == "6" && p[1] == "完成日期" && p[2].Contains("请填写完成日期"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "完成日期" && p[2].Contains("只有状态为“完成”"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "资金（万元）");
        problems.ShouldContain(p => p[0] == "9" && p[1] == "党组织");
        problems.ShouldNotContain(p => p[0] == "2");
        await using var db = app.NewDbContext();
        (await db.Projects.CountAsync(p => p.Outcome == "坏行项目")).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_roles_that_enter_projects_import_them()
    {
        await LedgerRefusals.AssertRefusedAsync(app, "liaison", Kind, "党建项目台账");
        await LedgerRefusals.AssertRefusedAsync(app, "branch", Kind, "党建项目台账");
    }
}
