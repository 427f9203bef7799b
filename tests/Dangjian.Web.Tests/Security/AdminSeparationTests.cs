using System.Globalization;
using System.Net;
using Dangjian.Core.Audit;
using Dangjian.Core.Account;
using Dangjian.Core.Security;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Security;

/// <summary>
/// 三员分立 for password resets: the system administrator's reset shows half a password and leaves the account unusable
/// until the security administrator releases the other half; no administrator alone reaches business data.
/// </summary>
public sealed class AdminSeparationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_system_administrator_cannot_sign_in_as_a_user_whose_password_they_reset()
    {
        var branchSession = await Browser.LoginAsync(app, "branch");
        var id = await IdOfAsync("branch");
        var sysadmin = await Browser.LoginAdminAsync(app, "sysadmin");
        var seen = await ResetAsync(sysadmin, id);
        seen.Length.ShouldBe(PasswordHandOver.HalfLength);

        foreach (var attempt in new[] { seen, seen + seen, Core.Demo.DemoSeeder.DemoPassword })
        {
            var walk = Browser.For(app);
            var refused = await walk.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "branch", ["Input.Password"] = attempt });
            refused.StatusCode.ShouldBe(HttpStatusCode.OK, attempt);
            (await Browser.ParseAsync(refused)).QuerySelector(".error")!.TextContent.ShouldContain("用户名或密码错误");
            (await walk.Client.GetAsync("/Members")).Headers.Location!.ToString().ShouldContain("/Account/Login");
        }

        // Even the whole password (which no administrator has) is refused until the release.
        var whole = seen + await HeldHalfAsync(id);
        var early = await Browser.For(app).PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "branch", ["Input.Password"] = whole });
        (await Browser.ParseAsync(early)).QuerySelector(".error")!.TextContent.ShouldContain("须安全管理员发放");

        (await branchSession.Client.GetAsync("/Members")).Headers.Location!.ToString().ShouldContain("/Account/Login");
        foreach (var page in new[] { "/Members", "/Organizations", $"/Admin/Roles/Edit/{id}" })
        {
            (await sysadmin.Client.GetAsync(page)).Headers.Location!.ToString().ShouldContain("/Account/Denied", customMessage: page);
        }

        var grant = await sysadmin.PostFormAsync($"/Admin/Roles/Edit/{id}", new() { ["SelectedRoles"] = Roles.CountyOrgDept, ["OrganizationId"] = "1" },
            $"/Admin/Accounts/Edit/{id}");
        grant.Headers.Location!.ToString().ShouldContain("/Account/Denied");
        var release = await sysadmin.PostFormAsync($"/Admin/Roles/Edit/{id}?handler=Release", new(), $"/Admin/Accounts/Edit/{id}");
        release.Headers.Location!.ToString().ShouldContain("/Account/Denied");
        await using var db = app.NewDbContext();
        (await db.Users.SingleAsync(u => u.Id == id)).PendingPasswordPart.ShouldNotBeNull();
        var sysadminId = await IdOfAsync("sysadmin");
        (await db.UserRoles.Where(r => r.UserId == sysadminId).CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_reset_becomes_usable_after_the_security_administrator_releases_the_other_half()
    {
        var id = await IdOfAsync("clerk");
        var first = await ResetAsync(await Browser.LoginAdminAsync(app, "sysadmin"), id);
        var secadmin = await Browser.LoginAdminAsync(app, "secadmin");
        (await secadmin.GetAsync("/Admin/Roles")).Html.QuerySelector("#grants")!.TextContent.ShouldContain("待发放");
        var released = await secadmin.PostFormAsync($"/Admin/Roles/Edit/{id}?handler=Release", new(), $"/Admin/Roles/Edit/{id}");
        var second = (await Browser.ParseAsync(released)).QuerySelector("#released-part")!.TextContent;
        second.Length.ShouldBe(PasswordHandOver.HalfLength);

        foreach (var half in new[] { first, second })
        {
            var refused = await Browser.For(app).PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "clerk", ["Input.Password"] = half });
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var clerk = await Browser.LoginAsync(app, "clerk", first + second);
        (await clerk.Client.GetAsync("/Members")).Headers.Location!.ToString().ShouldBe("/Account/ChangePassword");
        (await clerk.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.Current"] = first + second, ["Input.New"] = "Qingshi#2028", ["Input.Confirm"] = "Qingshi#2028",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.Client.GetAsync("/Members")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await secadmin.PostFormAsync($"/Admin/Roles/Edit/{id}?handler=Release", new(), $"/Admin/Roles/Edit/{id}");
        (await Browser.ParseAsync(again)).QuerySelector(".error")!.TextContent.ShouldContain("没有待发放的密码");

        await using var db = app.NewDbContext();
        var trail = await db.AuditEntries.Where(e => e.TargetType == "AppUser" && e.TargetId == id.ToString(CultureInfo.InvariantCulture))
            .Select(e => new { e.UserName, e.Details }).ToListAsync();
        trail.ShouldContain(e => e.UserName == "sysadmin" && e.Details!.Contains("PendingPasswordPart"));
        trail.ShouldContain(e => e.UserName == "secadmin" && e.Details!.Contains("PendingPasswordPart"));
        trail.ShouldAllBe(e => e.Details == null || !e.Details.Contains(second));
    }

    [Theory]
    [InlineData("secadmin", "/Admin/Roles")]
    [InlineData("auditor", "/Audit")]
    public async Task Other_administrators_cannot_reset_a_password(string admin, string ownPage)
    {
        var id = await IdOfAsync("liaison");
        var browser = await Browser.LoginAdminAsync(app, admin);
        var reset = await browser.PostFormAsync($"/Admin/Accounts/Edit/{id}?handler=Reset", new(), ownPage);
        reset.Headers.Location!.ToString().ShouldContain("/Account/Denied");
        if (admin == "auditor")
        {
            var release = await browser.PostFormAsync($"/Admin/Roles/Edit/{id}?handler=Release", new(), ownPage);
            release.Headers.Location!.ToString().ShouldContain("/Account/Denied");
        }

        await using var db = app.NewDbContext();
        (await db.Users.SingleAsync(u => u.Id == id)).PendingPasswordPart.ShouldBeNull();
        await Browser.LoginAsync(app, "liaison");
    }

    private static async Task<string> ResetAsync(Browser sysadmin, int id)
    {
        var response = await sysadmin.PostFormAsync($"/Admin/Accounts/Edit/{id}?handler=Reset", new(), $"/Admin/Accounts/Edit/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await Browser.ParseAsync(response)).QuerySelector("#new-password")!.TextContent;
    }

    private async Task<string> HeldHalfAsync(int id)
    {
        await using var db = app.NewDbContext();
        var held = (await db.Users.SingleAsync(u => u.Id == id)).PendingPasswordPart!;
        return app.Services.GetRequiredService<IFieldCipher>().Decrypt(held);
    }

    private async Task<int> IdOfAsync(string userName)
    {
        await using var db = app.NewDbContext();
        return (await db.Users.SingleAsync(u => u.UserName == userName)).Id;
    }
}
