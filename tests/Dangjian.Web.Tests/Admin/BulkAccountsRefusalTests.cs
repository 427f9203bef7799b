using System.Net;
using System.Text;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using static Dangjian.Web.Tests.Admin.BulkSheets;

namespace Dangjian.Web.Tests.Admin;

/// <summary>Bad account and grant sheets are refused row by row, nothing written; neither administrator reaches the other's half.</summary>
public sealed class BulkAccountsRefusalTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_bad_account_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        await using (var db = app.NewDbContext())
        {
            var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
            var own = await db.Organizations.Where(o => o.ParentId == township.Id).OrderBy(o => o.SortOrder).FirstAsync();
            own.Code = "OWN-1";
            var other = await db.Organizations.FirstAsync(o => o.Level == OrgLevel.TownshipCommittee && o.Id != township.Id);
            other.Code = "OTHER-TOWN";
            (await db.Users.SingleAsync(u => u.UserName == "sysadmin")).OrganizationId = township.Id;
            await db.SaveChangesAsync();
        }

        var sysadmin = await Browser.LoginAdminAsync(app, "sysadmin");
        var csv = new StringBuilder("登录名,姓名,组织编码,手机号,备注\n");
        csv.AppendLine("fine01,好人,OWN-1,13800000001,");            // row 2: fine
        csv.AppendLine("fine02,无码,NOPE,13800000002,");             // row 3: unknown organization code
        csv.AppendLine("fine03,外镇,OTHER-TOWN,13800000003,");       // row 4: organization outside the admin's reach
        csv.AppendLine("fine01,重名,OWN-1,13800000004,");            // row 5: login twice in the file
        csv.AppendLine("clerk,别人,OWN-1,13800000005,");             // row 6: login already in the database
        csv.AppendLine("fine06,坏号,OWN-1,1380000,");                // row 7: malformed phone
        csv.AppendLine("fine07,,OWN-1,13800000007,");                // row 8: empty name
        csv.AppendLine("张三,中文名,OWN-1,13800000008,");            // row 9: login not in the allowed characters
        var page = await PreviewAsync(sysadmin, "/Admin/Accounts/Import", Encoding.UTF8.GetBytes(csv.ToString()), "账号.csv");

        var problems = Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "组织编码" && p[2].Contains("找不到组织编码“NOPE”"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "组织编码" && p[2].Contains("不在您的管辖范围内"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "登录名" && p[2].Contains("与第2行重复"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "登录名" && p[2].Contains("已被系统中另一个账号使用"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "手机号" && p[2].Contains("格式不正确"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "姓名" && p[2].Contains("请填写姓名"));
        problems.ShouldContain(p => p[0] == "9" && p[1] == "登录名");
        problems.ShouldNotContain(p => p[0] == "2");
        page.QuerySelector("#problems-summary")!.TextContent.ShouldContain("整个文件都没有导入");
        page.QuerySelector("input[name=Payload]").ShouldBeNull();
        await using var check = app.NewDbContext();
        (await check.Users.CountAsync(u => u.UserName!.StartsWith("fine"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_broken_file_or_a_sheet_of_another_kind_gets_a_message_beside_the_upload()
    {
        var sysadmin = await Browser.LoginAdminAsync(app, "sysadmin");
        byte[] broken = [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)7, 500)];
        (await PreviewAsync(sysadmin, "/Admin/Accounts/Import", broken, "坏.xlsx")).QuerySelector("#file-error")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        var roster = await XlsxAsync(["姓名", "性别", "出生日期"], [["张三", "男", "1980-01-01"]]);
        (await PreviewAsync(sysadmin, "/Admin/Accounts/Import", roster, "名册.xlsx")).QuerySelector("#problems")!.TextContent.ShouldContain("没有“登录名”列");
    }

    [Fact]
    public async Task Every_bad_grant_row_is_reported_and_nothing_is_granted()
    {
        await using (var db = app.NewDbContext())
        {
            var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
            township.Code = "GR-QS";
            var branches = await db.Organizations.Where(o => o.ParentId == township.Id).OrderBy(o => o.SortOrder).Take(2).ToListAsync();
            (branches[0].Code, branches[1].Code) = ("GR-1", "GR-2");
            await db.SaveChangesAsync();
        }

        var secadmin = await Browser.LoginAdminAsync(app, "secadmin");
        var csv = new StringBuilder("登录名,角色,管辖组织编码\n");
        csv.AppendLine("nobody,党组织书记,GR-1");                 // row 2: unknown login
        csv.AppendLine("clerk,乡镇党委书记,GR-QS");               // row 3: already holds another role
        csv.AppendLine("branch,村长,GR-1");                       // row 4: unknown role
        csv.AppendLine("liaison,系统管理员,GR-1");                // row 5: administration role
        csv.AppendLine("county,党组织书记,GR-1、GR-2");           // row 6: two scopes for a non-liaison role
        csv.AppendLine("secretary,班子成员（联系点）,GR-QS");     // row 7: a liaison leader must link branches
        csv.AppendLine("branch,党组织书记,NOPE");                 // row 8: unknown code
        var page = await PreviewAsync(secadmin, "/Admin/Roles/Import", Encoding.UTF8.GetBytes(csv.ToString()), "授权.csv");

        var problems = Problems(page);
        problems.ShouldContain(p => p[0] == "2" && p[1] == "登录名" && p[2].Contains("找不到登录名“nobody”"));
        problems.ShouldContain(p => p[0] == "3" && p[1] == "登录名" && p[2].Contains("已有角色"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "角色" && p[2].Contains("村长"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "角色" && p[2].Contains("三员角色"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "管辖组织编码" && p[2].Contains("只能填写一个"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "管辖组织编码" && p[2].Contains("不是党支部或党总支"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "管辖组织编码" && p[2].Contains("NOPE"));
        page.QuerySelector("input[name=Payload]").ShouldBeNull();
    }

    [Fact]
    public async Task Nobody_holds_both_halves_of_the_bulk_work()
    {
        var sysadmin = await Browser.LoginAdminAsync(app, "sysadmin");
        var secadmin = await Browser.LoginAdminAsync(app, "secadmin");
        var auditor = await Browser.LoginAdminAsync(app, "auditor");
        foreach (var (who, page) in new[]
        {
            (sysadmin, "/Admin/Roles/Import"), (sysadmin, "/Admin/Roles/Bulk"), (sysadmin, "/Admin/Roles/Import?handler=Template"),
            (secadmin, "/Admin/Accounts/Import"), (secadmin, "/Admin/Accounts/Import?handler=Template"),
            (auditor, "/Admin/Accounts/Import"), (auditor, "/Admin/Roles/Bulk"),
        })
        {
            (await who.Client.GetAsync(page)).Headers.Location!.ToString().ShouldContain("/Account/Denied", customMessage: page);
        }

        int clerk;
        await using (var db = app.NewDbContext())
        {
            clerk = (await db.Users.SingleAsync(u => u.UserName == "clerk")).Id;
        }

        var grant = await sysadmin.PostFormAsync("/Admin/Roles/Bulk", new() { ["AccountIds"] = $"{clerk}", ["Role"] = "CountyOrgDept", ["OrganizationId"] = "1" },
            "/Admin/Accounts/Import");
        grant.Headers.Location!.ToString().ShouldContain("/Account/Denied");
        foreach (var handler in new[] { "Preview", "Import", "Passwords" })
        {
            var posted = await sysadmin.PostFormAsync($"/Admin/Roles/Import?handler={handler}", new() { ["Payload"] = "x", ["Confirm"] = "true" }, "/Admin/Accounts/Import");
            posted.Headers.Location!.ToString().ShouldContain("/Account/Denied", customMessage: handler);
            var created = await secadmin.PostFormAsync($"/Admin/Accounts/Import?handler={handler}", new() { ["Payload"] = "x", ["Confirm"] = "true" }, "/Admin/Roles/Bulk");
            created.Headers.Location!.ToString().ShouldContain("/Account/Denied", customMessage: handler);
        }

        // A payload the system administrator got is useless to anyone else: the security administrator's page refuses it.
        var forged = await secadmin.PostFormAsync("/Admin/Roles/Import?handler=Import", new() { ["Payload"] = "CfDJ8-forged", ["Confirm"] = "true" }, "/Admin/Roles/Import");
        forged.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(forged)).QuerySelector("#file-error")!.TextContent.ShouldContain("预览已过期或无效");
        await using var after = app.NewDbContext();
        (await after.UserRoles.CountAsync(r => r.UserId == clerk)).ShouldBe(1);
    }
}
