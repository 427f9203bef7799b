using System.Net;
using Dangjian.Core.Audit;
using Dangjian.Core.Account;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Security;

/// <summary>三员分立, the authenticator requirement for the three administration roles, and forced password change.</summary>
public sealed class AdministrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_administrator_must_set_up_an_authenticator_and_then_give_codes()
    {
        await CreateAccountAsync("auditor2", Roles.Auditor);
        var browser = Browser.For(app);
        var first = await browser.PostFormAsync("/Account/Login",
            new() { ["Input.UserName"] = "auditor2", ["Input.Password"] = Core.Demo.DemoSeeder.DemoPassword });
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var gated = await browser.Client.GetAsync("/Audit");
        gated.Headers.Location!.ToString().ShouldBe("/Account/EnableAuthenticator");

        var (_, html) = await browser.GetAsync("/Account/EnableAuthenticator");
        var key = html.QuerySelector("#shared-key")!.TextContent;
        (await browser.PostFormAsync("/Account/EnableAuthenticator", new() { ["Code"] = "000000" == Totp.Code(key) ? "111111" : "000000" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.PostFormAsync("/Account/EnableAuthenticator", new() { ["Code"] = await Browser.FreshCodeAsync(app, "auditor2", key) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.Client.GetAsync("/Audit")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = Browser.For(app);
        var second = await again.PostFormAsync("/Account/Login",
            new() { ["Input.UserName"] = "auditor2", ["Input.Password"] = Core.Demo.DemoSeeder.DemoPassword });
        second.Headers.Location!.ToString().ShouldContain("/Account/LoginWith2fa");
        (await again.Client.GetAsync("/Audit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var code = await again.PostFormAsync(second.Headers.Location!.ToString(), new() { ["Code"] = await Browser.FreshCodeAsync(app, "auditor2", key) });
        code.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await again.Client.GetAsync("/Audit")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("sysadmin", "/Admin/Accounts", new[] { "/Admin/Roles", "/Audit", "/Organizations", "/Members" })]
    [InlineData("secadmin", "/Admin/Roles", new[] { "/Admin/Accounts", "/Audit", "/Organizations", "/Members" })]
    [InlineData("auditor", "/Audit", new[] { "/Admin/Accounts", "/Admin/Roles", "/Organizations", "/Members" })]
    public async Task Each_administrator_does_only_their_own_work(string user, string own, string[] others)
    {
        var browser = await Browser.LoginAdminAsync(app, user);
        (await browser.Client.GetAsync(own)).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var other in others)
        {
            var response = await browser.Client.GetAsync(other);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, other);
            response.Headers.Location!.ToString().ShouldContain("/Account/Denied", customMessage: other);
        }

        await using var db = app.NewDbContext();
        (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Forbidden && e.UserName == user)).ShouldBeTrue();
    }

    [Fact]
    public async Task No_account_may_hold_two_administration_roles()
    {
        var browser = await Browser.LoginAdminAsync(app, "secadmin");
        await using var db = app.NewDbContext();
        var clerk = await db.Users.SingleAsync(u => u.UserName == "clerk");
        var response = await browser.PostFormAsync($"/Admin/Roles/Edit/{clerk.Id}", new()
        {
            ["SelectedRoles"] = Roles.Auditor,
            ["OrganizationId"] = clerk.OrganizationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        // A single administration role is fine; now try to add a second one alongside it.
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var content = new FormUrlEncodedContent([
            new("SelectedRoles", Roles.Auditor), new("SelectedRoles", Roles.SysAdmin),
            new("OrganizationId", clerk.OrganizationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("__RequestVerificationToken", await TokenAsync(browser, $"/Admin/Roles/Edit/{clerk.Id}")),
        ]);
        var refused = await browser.Client.PostAsync($"/Admin/Roles/Edit/{clerk.Id}", content);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(refused)).QuerySelector(".error")!.TextContent.ShouldContain("三员分立");
        Roles.CheckCombination([Roles.SysAdmin, Roles.CountyOrgDept]).ShouldNotBeNull();
        Roles.CheckCombination([Roles.TownshipClerk, Roles.LiaisonLeader]).ShouldBeNull();
    }

    [Fact]
    public async Task A_new_account_gets_no_access_until_granted_and_must_change_its_password()
    {
        var sysadmin = await Browser.LoginAdminAsync(app, "sysadmin");
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == Core.Demo.DemoCounty.DetailedTownshipName);
        var created = await sysadmin.PostFormAsync("/Admin/Accounts/Create", new()
        {
            ["Input.UserName"] = "newclerk",
            ["Input.DisplayName"] = "新任组织委员",
            ["Input.OrganizationId"] = township.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var firstHalf = (await Browser.ParseAsync(created)).QuerySelector("#initial-password")!.TextContent;
        var id = (await db.Users.SingleAsync(u => u.UserName == "newclerk")).Id;
        var secadmin = await Browser.LoginAdminAsync(app, "secadmin");
        var released = await secadmin.PostFormAsync($"/Admin/Roles/Edit/{id}?handler=Release", new(), $"/Admin/Roles/Edit/{id}");
        var password = firstHalf + (await Browser.ParseAsync(released)).QuerySelector("#released-part")!.TextContent;

        var person = await Browser.LoginAsync(app, "newclerk", password);
        (await person.Client.GetAsync("/Organizations")).Headers.Location!.ToString().ShouldBe("/Account/ChangePassword");
        (await person.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.Current"] = password, ["Input.New"] = "Qingshi#2027", ["Input.Confirm"] = "Qingshi#2027",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await person.Client.GetAsync("/Organizations")).Headers.Location!.ToString().ShouldContain("/Account/Denied");

        (await secadmin.PostFormAsync($"/Admin/Roles/Edit/{id}", new()
        {
            ["SelectedRoles"] = Roles.TownshipClerk,
            ["OrganizationId"] = township.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var granted = await Browser.LoginAsync(app, "newclerk", "Qingshi#2027");
        (await granted.Client.GetAsync("/Organizations")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task CreateAccountAsync(string userName, string role)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var county = await scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>().Organizations.FirstAsync(o => o.ParentId == null);
        var user = new AppUser { UserName = userName, DisplayName = userName, OrganizationId = county.Id };
        (await users.CreateAsync(user, Core.Demo.DemoSeeder.DemoPassword)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
    }

    private static async Task<string> TokenAsync(Browser browser, string page) =>
        (await browser.GetAsync(page)).Html.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
