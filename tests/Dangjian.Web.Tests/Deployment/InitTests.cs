using System.Net;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Deployment;

/// <summary>A real county's first start: an empty database says what to run; <c>init</c> creates the county and the 三员 once.</summary>
public sealed class InitTests(EmptyAppFactory app) : IClassFixture<EmptyAppFactory>
{
    [Fact]
    public async Task Empty_database_says_what_to_run_then_init_creates_the_county_and_three_administrators_once()
    {
        var anonymous = Browser.For(app);
        foreach (var url in new[] { "/", "/Account/Login", "/Members" })
        {
            var response = await anonymous.Client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, url);
            var text = await response.Content.ReadAsStringAsync();
            text.ShouldContain("系统尚未初始化");
            text.ShouldContain("init --county");
        }

        var (code, _, error) = await InitAsync();
        code.ShouldBe(2);
        error.ShouldContain("--county");
        await using (var db = app.NewDbContext())
        {
            (await db.Organizations.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
        }

        (code, var output, _) = await InitAsync("--county", "  测试县委  ", "--auditor", "shenji");
        code.ShouldBe(0);
        var passwords = FirstStart.Passwords(output);
        passwords.Keys.Order().ShouldBe(["secadmin", "shenji", "sysadmin"]);
        passwords.Values.Distinct().Count().ShouldBe(3);

        await using (var db = app.NewDbContext())
        {
            var county = await db.Organizations.IgnoreQueryFilters().SingleAsync();
            county.Name.ShouldBe("测试县委");
            county.Level.ShouldBe(OrgLevel.CountyCommittee);
            county.Path.ShouldBe($"/{county.Id}/");
            var users = await db.Users.OrderBy(u => u.UserName).ToListAsync();
            users.Select(u => u.UserName).ShouldBe(["secadmin", "shenji", "sysadmin"]);
            users.ShouldAllBe(u => u.MustChangePassword && u.OrganizationId == county.Id);
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(Organization))).ShouldBeGreaterThan(0);
        }

        (code, _, error) = await InitAsync("--county", "另一个县委");
        code.ShouldBe(2);
        error.ShouldContain("已经有党组织");
        await using (var db = app.NewDbContext())
        {
            (await db.Organizations.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
            (await db.Users.CountAsync()).ShouldBe(3);
        }

        // The administrator signs in with the one-time password: change it, enrol TOTP, then the accounts page.
        var admin = Browser.For(app);
        (await admin.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "sysadmin", ["Input.Password"] = passwords["sysadmin"] }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var gate = await admin.Client.GetAsync("/Admin/Accounts");
        gate.Headers.Location!.ToString().ShouldContain("/Account/ChangePassword");
        const string newPassword = "Yunxi#Init2026";
        (await admin.PostFormAsync("/Account/ChangePassword",
            new() { ["Input.Current"] = passwords["sysadmin"], ["Input.New"] = newPassword, ["Input.Confirm"] = newPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        gate = await admin.Client.GetAsync("/Admin/Accounts");
        gate.Headers.Location!.ToString().ShouldContain("/Account/EnableAuthenticator");
        var (_, enable) = await admin.GetAsync("/Account/EnableAuthenticator");
        var key = enable.QuerySelector("#shared-key")!.TextContent;
        (await admin.PostFormAsync("/Account/EnableAuthenticator", new() { ["Code"] = Totp.Code(key) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (status, accounts) = await admin.GetAsync("/Admin/Accounts");
        status.ShouldBe(HttpStatusCode.OK);
        accounts.Body!.TextContent.ShouldContain("shenji");
        accounts.Body!.TextContent.ShouldContain("测试县委");
    }

    private Task<(int Code, string Output, string Error)> InitAsync(params string[] options) => FirstStart.InitAsync(app, options);
}
