using System.Net;
using Dangjian.Core.Audit;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Security;

/// <summary>Lockout, idle and absolute session limits, password policy, and that sign-ins are audited.</summary>
public sealed class LoginSecurityTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Credentials(string user, string password) =>
        new() { ["Input.UserName"] = user, ["Input.Password"] = password };

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes_even_for_the_right_password()
    {
        var browser = Browser.For(app);
        for (var i = 0; i < 5; i++)
        {
            (await browser.PostFormAsync("/Account/Login", Credentials("liaison", "Wrong-pass1"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var locked = await browser.PostFormAsync("/Account/Login", Credentials("liaison", Core.Demo.DemoSeeder.DemoPassword));
        locked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(locked)).QuerySelector(".error")!.TextContent.ShouldContain("用户名或密码错误");

        await using var db = app.NewDbContext();
        var user = await db.Users.SingleAsync(u => u.UserName == "liaison");
        (user.LockoutEnd!.Value - TimeProvider.System.GetUtcNow()).TotalMinutes.ShouldBeInRange(14, 15.1);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.LoginFailed && e.TargetId == "liaison")).ShouldBe(6);
    }

    [Fact]
    public async Task A_session_idle_for_more_than_thirty_minutes_ends()
    {
        var browser = await Browser.LoginAsync(app, "county");
        (await browser.Client.GetAsync("/Organizations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await browser.Client.GetAsync("/Organizations");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task An_active_session_ends_eight_hours_after_sign_in()
    {
        var browser = await Browser.LoginAsync(app, "secretary");
        for (var hour = 0; hour < 16; hour++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            (await browser.Client.GetAsync("/Organizations")).StatusCode.ShouldBe(HttpStatusCode.OK, $"after {hour * 20 + 20} minutes");
        }

        app.Clock.Advance(TimeSpan.FromMinutes(20 * 9));
        var response = await browser.Client.GetAsync("/Organizations");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("short1A")]
    [InlineData("alllowercase1")]
    [InlineData("NoDigitsOrSymbols")]
    public async Task Weak_passwords_are_refused_in_Chinese(string weak)
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.Current"] = Core.Demo.DemoSeeder.DemoPassword,
            ["Input.New"] = weak,
            ["Input.Confirm"] = weak,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(response)).QuerySelector(".error")!.TextContent.ShouldContain("密码");
    }
}
