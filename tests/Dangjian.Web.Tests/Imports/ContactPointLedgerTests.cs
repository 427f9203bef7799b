using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 领导联系点台账: a leader named as an account is that account, one without an account kept by name; by the form's rules.</summary>
public sealed class ContactPointLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Kind = "contact-points";
    private static readonly string[] Headers = ["联系领导", "联系党组织", "联系点类别", "联系起始日期", "结束日期", "备注"];

    [Fact]
    public async Task Contact_points_are_imported_with_the_leaders_account_recognised_on_reimport_exported_and_undone()
    {
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        int secretaryId;
        string secretary;
        await using (var db = app.NewDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "secretary");
            (secretaryId, secretary) = (user.Id, user.DisplayName);
        }

        var year = app.Clock.Today().Year - 2;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [secretary, branches[3].Name, "软弱涣散党组织", $"{year}-03-01", null, "导入联系点：书记"],
            ["无账号的领导", branches[4].Name, "demonstration", $"{year}-04-01", $"{year + 1}-04-01", "导入联系点：无账号"],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var preview = await LedgerPages.CheckAsync(browser, Kind, file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 2 条，0 条系统中已有");
        await LedgerPages.ConfirmAsync(browser, Kind, preview);

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var points = await db.ContactPoints.Include(c => c.Kind).Where(c => c.Note!.StartsWith("导入联系点")).OrderBy(c => c.StartedOn).ToListAsync();
            points.Count.ShouldBe(2);
            points[0].ShouldSatisfyAllConditions(c => c.LeaderUserId.ShouldBe(secretaryId), c => c.LeaderName.ShouldBe(secretary),
                c => c.Kind!.Code.ShouldBe("weak"), c => c.OrganizationId.ShouldBe(branches[3].Id));
            points[1].ShouldSatisfyAllConditions(c => c.LeaderUserId.ShouldBeNull(), c => c.LeaderName.ShouldBe("无账号的领导"),
                c => c.Kind!.Code.ShouldBe("demonstration"), c => c.EndedOn.ShouldBe(new DateOnly(year + 1, 4, 1)));
            batchId = (await db.ImportBatches.SingleAsync(b => b.Ledger == Kind)).Id;
        }

        (await LedgerPages.CheckAsync(browser, Kind, file)).QuerySelector("#preview-summary")!.TextContent.ShouldContain("2 行都已在系统中");
        var exported = LedgerPages.Rows(await LedgerPages.ExportAsync(browser, Kind, year));
        exported[0].ShouldBe(["联系领导*", "联系党组织*", "联系点类别*", "联系起始日期*", "结束日期", "备注"]);
        exported.ShouldContain(r => r.Length >= 4 && r[0] == "无账号的领导" && r[2] == "示范村（示范点）");
        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.ContactPoints.CountAsync(c => c.Note!.StartsWith("导入联系点"))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Rows_against_the_contact_point_rules_are_reported_by_row_and_column_and_nothing_is_imported()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        var b = branches[5].Name;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            ["坏行领导", b, "后进村", $"{year}-03-01", null, "坏行联系点"],                 // 2 fine
            ["坏行领导", b, "重点村", $"{year}-03-02", null, "坏行联系点"],                 // 3 kind
            [null, b, "后进村", $"{year}-03-03", null, "坏行联系点"],                       // 4 no leader
            ["坏行领导", b, "后进村", $"{year + 2}-03-01", null, "坏行联系点"],             // 5 future
            ["坏行领导", b, "后进村", $"{year}-03-05", $"{year}-01-01", "坏行联系点"],      // 6 ends before it starts
            ["坏行领导", township.Name, "后进村", $"{year}-03-06", null, "坏行联系点"],     // 7 fine: a typed leader has no committee to check
        ]);
        var page = await LedgerPages.CheckAsync(await Browser.LoginAsync(app, "clerk"), Kind, file);
        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "联系点类别" && p[2].Contains("重点村") && p[2].Contains("软弱涣散党组织"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "联系领导" && p[2].Contains("请选择联系领导"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "联系起始日期");
        problems.ShouldContain(p => p[0] == "6" && p[1] == "结束日期" && p[2].Contains("不能早于联系起始日期"));
        problems.ShouldNotContain(p => p[0] == "2");
        await using var db = app.NewDbContext();
        (await db.ContactPoints.CountAsync(c => c.Note == "坏行联系点")).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_roles_that_enter_contact_points_import_them()
    {
        await LedgerRefusals.AssertRefusedAsync(app, "liaison", Kind, "领导联系点台账");
        await LedgerRefusals.AssertRefusedAsync(app, "branch", Kind, "领导联系点台账");
    }
}
