using System.Globalization;
using System.Net;
using Dangjian.Core.Audit;
using Dangjian.Core.Demo;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Dangjian.Core.Security;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using static Dangjian.Web.Tests.Admin.BulkSheets;

namespace Dangjian.Web.Tests.Admin;

/// <summary>
/// Going live under 三员分立: the system administrator creates accounts from a sheet and hands over first password
/// halves; the security administrator grants role and scope in bulk and hands over the second halves.
/// </summary>
public sealed class BulkAccountsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string CreatePage = "/Admin/Accounts/Import";
    private const string GrantPage = "/Admin/Roles/Import";

    [Fact]
    public async Task The_template_has_the_account_columns_and_an_explanation_sheet()
    {
        var sysadmin = await Browser.LoginAdminAsync(app, "sysadmin");
        var response = await sysadmin.Client.GetAsync($"{CreatePage}?handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var header = Rows(document, 0)[0];
        header.ShouldBe(["登录名*", "姓名*", "组织编码*", "手机号*", "备注"]);
        Rows(document, 1).ShouldContain(r => r.Length == 4 && r[0] == "手机号" && r[1] == "必填");
    }

    [Fact]
    public async Task Ten_accounts_from_a_sheet_get_first_halves_then_a_bulk_grant_lets_them_in_with_a_forced_change()
    {
        var (branch1, branch2) = (await CodeAsync(1, "BK-1"), await CodeAsync(2, "BK-2"));
        var rows = Enumerable.Range(1, 10).Select(i => new string?[]
        {
            $"bulk{i:00}", $"批量{i}", i <= 5 ? "BK-1" : "BK-2", $"138 0000 {i:0000}", i == 1 ? "支部书记" : null,
        }).ToList();
        var file = await XlsxAsync(AccountHeaders, rows);
        var sysadmin = await Browser.LoginAdminAsync(app, "sysadmin");
        int importsBefore;
        await using (var db = app.NewDbContext())
        {
            importsBefore = await db.AuditEntries.CountAsync(e => e.UserName == "sysadmin" && e.Action == AuditAction.Import && e.TargetType == nameof(AppUser));
        }

        var preview = await PreviewAsync(sysadmin, CreatePage, file, "账号.xlsx");
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新建 10 个账号，0 个已存在");
        (await UsersAsync()).ShouldBeEmpty("a preview writes nothing");
        (await ConfirmAsync(sysadmin, CreatePage, preview, confirm: false)).QuerySelector("#confirm-error")!.TextContent.ShouldContain("请勾选");

        var done = await ConfirmAsync(sysadmin, CreatePage, preview);
        done.QuerySelector("#imported")!.TextContent.ShouldContain("新建 10 个账号");
        var firstHalves = await DownloadAsync(sysadmin, CreatePage, done);
        firstHalves[0].ShouldBe(["登录名", "姓名", "所属组织", "初始密码前半段"]);
        firstHalves.Count.ShouldBe(11);
        firstHalves.Skip(1).Select(r => r[0]).ShouldBe(Enumerable.Range(1, 10).Select(i => $"bulk{i:00}"), ignoreOrder: true);
        firstHalves.Skip(1).ShouldAllBe(r => r[3].Length == PasswordHandOver.HalfLength);
        firstHalves.Single(r => r[0] == "bulk07")[2].ShouldBe(branch2.Name);

        var created = await UsersAsync();
        created.Count.ShouldBe(10);
        created.ShouldAllBe(u => u.MustChangePassword && u.PendingPasswordPart != null && u.PhoneNumber == null);
        var first = created.Single(u => u.UserName == "bulk01");
        first.OrganizationId.ShouldBe(branch1.Id);
        first.PhoneMasked.ShouldBe("138****0001");
        first.PhoneCipher!.ShouldNotContain("13800000001");
        app.Services.GetRequiredService<IFieldCipher>().Decrypt(first.PhoneCipher!).ShouldBe("13800000001");
        first.Note.ShouldBe("支部书记");
        await using (var db = app.NewDbContext())
        {
            var ids = created.Select(u => u.Id).ToList();
            (await db.UserRoles.CountAsync(r => ids.Contains(r.UserId))).ShouldBe(0, "the system administrator grants nothing");
            // Other tests of the class download their own sheets: this download is the one naming these accounts.
            var exports = (await db.AuditEntries.Where(e => e.UserName == "sysadmin" && e.Action == AuditAction.Export && e.TargetType == nameof(AppUser))
                .Select(e => e.Details!).ToListAsync()).Where(d => d.Contains("bulk01", StringComparison.Ordinal)).ToList();
            exports.ShouldHaveSingleItem().ShouldContain("初始密码前半段");
            exports.ShouldAllBe(d => firstHalves.Skip(1).All(r => !d.Contains(r[3])));
            (await db.AuditEntries.CountAsync(e => e.UserName == "sysadmin" && e.Action == AuditAction.Import && e.TargetType == nameof(AppUser))).ShouldBe(importsBefore + 1);
        }

        var again = await PreviewAsync(sysadmin, CreatePage, file, "账号.xlsx");
        again.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新建 0 个账号，10 个已存在");
        var nothing = await ConfirmAsync(sysadmin, CreatePage, again);
        nothing.QuerySelector("#imported")!.TextContent.ShouldContain("新建 0 个账号，10 个已存在");
        nothing.QuerySelector("#passwords").ShouldBeNull("no new passwords for accounts already there");
        (await UsersAsync()).Select(u => (u.Id, u.PendingPasswordPart)).ShouldBe(created.Select(u => (u.Id, u.PendingPasswordPart)), ignoreOrder: true);

        var grants = rows.Select(r => new string?[] { r[0], "党组织书记", r[2] }).ToList();
        var secadmin = await Browser.LoginAdminAsync(app, "secadmin");
        var grantPreview = await PreviewAsync(secadmin, GrantPage, await XlsxAsync(GrantHeaders, grants), "授权.xlsx");
        grantPreview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将授权 10 个账号，0 个已授权");
        var granted = await ConfirmAsync(secadmin, GrantPage, grantPreview);
        granted.QuerySelector("#imported")!.TextContent.ShouldContain("授权 10 个账号");
        var secondHalves = await DownloadAsync(secadmin, GrantPage, granted);
        secondHalves.Count.ShouldBe(11);
        secondHalves[0][3].ShouldBe("初始密码后半段");

        var password = firstHalves.Single(r => r[0] == "bulk07")[3] + secondHalves.Single(r => r[0] == "bulk07")[3];
        var user = await Browser.LoginAsync(app, "bulk07", password);
        (await user.Client.GetAsync("/Organizations")).Headers.Location!.ToString().ShouldBe("/Account/ChangePassword");
        (await user.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.Current"] = password, ["Input.New"] = "Piliang#2029", ["Input.Confirm"] = "Piliang#2029",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (status, tree) = await user.GetAsync("/Organizations");
        status.ShouldBe(HttpStatusCode.OK);
        tree.Body!.TextContent.ShouldContain(branch2.Name);
        (await user.Client.GetAsync($"/Organizations/Details/{branch1.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "scope is the granted branch");

        var regrant = await PreviewAsync(secadmin, GrantPage, await XlsxAsync(GrantHeaders, grants), "授权.xlsx");
        regrant.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将授权 0 个账号，10 个已授权");
    }

    [Fact]
    public async Task A_bulk_account_has_no_business_access_until_the_security_administrator_ticks_and_grants_it()
    {
        var branch = await CodeAsync(3, "BK-3");
        var sysadmin = await Browser.LoginAdminAsync(app, "sysadmin");
        var done = await ConfirmAsync(sysadmin, CreatePage,
            await PreviewAsync(sysadmin, CreatePage, await XlsxAsync(AccountHeaders, [["waiting1", "待授权", "BK-3", "13900001111", null]]), "账号.xlsx"));
        var firstHalf = (await DownloadAsync(sysadmin, CreatePage, done))[1][3];
        var id = (await UsersAsync("waiting")).Single().Id;

        var secadmin = await Browser.LoginAdminAsync(app, "secadmin");
        var (_, list) = await secadmin.GetAsync("/Admin/Roles/Bulk");
        list.QuerySelector("#waiting")!.TextContent.ShouldContain("waiting1");
        list.QuerySelector("#waiting")!.TextContent.ShouldContain("139****1111");
        list.QuerySelector("#waiting")!.TextContent.ShouldNotContain("secadmin");
        var released = await secadmin.PostFormAsync($"/Admin/Roles/Edit/{id}?handler=Release", new(), $"/Admin/Roles/Edit/{id}");
        var password = firstHalf + (await Browser.ParseAsync(released)).QuerySelector("#released-part")!.TextContent;

        var user = await Browser.LoginAsync(app, "waiting1", password);
        (await user.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.Current"] = password, ["Input.New"] = "Daishouquan#2029", ["Input.Confirm"] = "Daishouquan#2029",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var page in new[] { "/Organizations", "/Members", "/Meetings" })
        {
            (await user.Client.GetAsync(page)).Headers.Location!.ToString().ShouldContain("/Account/Denied", customMessage: page);
        }

        var refused = await secadmin.PostFormAsync("/Admin/Roles/Bulk", new() { ["AccountIds"] = id.ToString(CultureInfo.InvariantCulture), ["Role"] = "", ["OrganizationId"] = "0" });
        var page2 = await Browser.ParseAsync(refused);
        page2.QuerySelector("#errors")!.TextContent.ShouldContain("请选择角色");
        page2.QuerySelector("#errors")!.TextContent.ShouldContain("请选择管辖组织");
        var granted = await secadmin.PostFormAsync("/Admin/Roles/Bulk", new()
        {
            ["AccountIds"] = id.ToString(CultureInfo.InvariantCulture), ["Role"] = Roles.BranchSecretary, ["OrganizationId"] = branch.Id.ToString(CultureInfo.InvariantCulture),
        });
        var result = await Browser.ParseAsync(granted);
        result.QuerySelector("#granted")!.TextContent.ShouldContain("已授权 1 个账号");
        result.QuerySelector("#passwords").ShouldBeNull("the second half was already released");
        (result.QuerySelector("#waiting")?.TextContent ?? "").ShouldNotContain("waiting1");

        var again = await Browser.LoginAsync(app, "waiting1", "Daishouquan#2029");
        var (status, tree) = await again.GetAsync("/Organizations");
        status.ShouldBe(HttpStatusCode.OK);
        tree.Body!.TextContent.ShouldContain(branch.Name);
    }

    private async Task<Organization> CodeAsync(int index, string code)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var branch = await db.Organizations.Where(o => o.ParentId == township.Id && o.IsActive).OrderBy(o => o.SortOrder).Skip(index).FirstAsync();
        branch.Code = code;
        await db.SaveChangesAsync();
        return branch;
    }

    private async Task<List<AppUser>> UsersAsync(string prefix = "bulk")
    {
        await using var db = app.NewDbContext();
        return await db.Users.AsNoTracking().Where(u => u.UserName!.StartsWith(prefix)).OrderBy(u => u.UserName).ToListAsync();
    }
}
