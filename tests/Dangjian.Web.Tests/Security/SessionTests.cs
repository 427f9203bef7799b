using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Net;
using Dangjian.Core.Account;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Security;

/// <summary>Sessions end at once on logout, disable and role change; TOTP codes work once; sign-in timing; common passwords.</summary>
public sealed class SessionTests(AppFactory app, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_cookie_copied_before_logout_is_refused_after_it()
    {
        var (browser, cookie) = await LoginKeepingCookieAsync("county");
        (await Replay(cookie).GetAsync("/Organizations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.PostFormAsync("/Account/Logout", new(), "/Organizations")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var replayed = await Replay(cookie).GetAsync("/Organizations");
        replayed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replayed.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_session_at_the_next_request()
    {
        var person = await Browser.LoginAsync(app, "liaison");
        (await person.Client.GetAsync("/Organizations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = await IdOfAsync("liaison");
        var sysadmin = await Browser.LoginAdminAsync(app, "sysadmin");
        (await sysadmin.PostFormAsync($"/Admin/Accounts/Edit/{id}?handler=Disable", new(), $"/Admin/Accounts/Edit/{id}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await person.Client.GetAsync("/Organizations")).Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Changing_roles_ends_the_session_at_the_next_request()
    {
        var person = await Browser.LoginAsync(app, "secretary");
        (await person.Client.GetAsync("/Organizations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = app.NewDbContext();
        var secretary = await db.Users.SingleAsync(u => u.UserName == "secretary");
        var secadmin = await Browser.LoginAdminAsync(app, "secadmin");
        (await secadmin.PostFormAsync($"/Admin/Roles/Edit/{secretary.Id}", new()
        {
            ["SelectedRoles"] = Roles.TownshipClerk, ["OrganizationId"] = secretary.OrganizationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await person.Client.GetAsync("/Organizations")).Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task The_same_authenticator_code_signs_in_only_once()
    {
        await Browser.LoginAdminAsync(app, "auditor");
        var key = app.AuthenticatorKeys["auditor"];
        var code = await Browser.FreshCodeAsync(app, "auditor", key);
        (await SecondFactorAsync(code)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var replay = await SecondFactorAsync(code);
        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(replay)).QuerySelector(".error")!.TextContent.ShouldContain("已使用过");
        var earlier = Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds((app.AuthenticatorSteps["auditor"] - 1) * 30));
        (await SecondFactorAsync(earlier)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_in_as_a_missing_user_costs_as_much_as_a_wrong_password()
    {
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var county = await scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>().Organizations.FirstAsync(o => o.ParentId == null);
            var user = new AppUser { UserName = "timing", DisplayName = "timing", OrganizationId = county.Id };
            (await users.CreateAsync(user, Core.Demo.DemoSeeder.DemoPassword)).Succeeded.ShouldBeTrue();
            (await users.SetLockoutEnabledAsync(user, false)).Succeeded.ShouldBeTrue();
        }

        var dummy = app.Services.GetRequiredService<DummyPasswordHash>();
        var usesBefore = dummy.Uses;
        await AttemptAsync("timing");
        await AttemptAsync("nobody-here");
        var existing = new List<double>();
        var missing = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            existing.Add(await AttemptAsync("timing"));
            missing.Add(await AttemptAsync("nobody-here"));
        }

        (dummy.Uses - usesBefore).ShouldBe(22);
        output.WriteLine($"sign-in median: existing user (wrong password) {Median(existing):F1} ms, missing user {Median(missing):F1} ms");
        var ratio = Median(missing) / Median(existing);
        ratio.ShouldBeInRange(0.5, 2.0, $"median missing {Median(missing):F1} ms, existing {Median(existing):F1} ms");
    }

    [Theory]
    [InlineData("Password1")]
    [InlineData("Passw0rd!")]
    [InlineData("Aa123456")]
    [InlineData("Qwer1234")]
    [InlineData("P@ssw0rd2026")]
    public async Task Common_passwords_are_refused_in_Chinese(string common)
    {
        var browser = await Browser.LoginAsync(app, "branch");
        var response = await browser.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.Current"] = Core.Demo.DemoSeeder.DemoPassword, ["Input.New"] = common, ["Input.Confirm"] = common,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(response)).QuerySelector(".error")!.TextContent.ShouldContain("过于常见");
    }

    [Fact]
    public async Task A_short_password_is_refused_once_and_in_Chinese()
    {
        var browser = await Browser.LoginAsync(app, "branch");
        var response = await browser.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.Current"] = Core.Demo.DemoSeeder.DemoPassword, ["Input.New"] = "Ab1!", ["Input.Confirm"] = "Ab1!",
        });
        var text = (await Browser.ParseAsync(response)).QuerySelector(".error")!.TextContent;
        text.ShouldContain("密码至少8位");
        text.ShouldNotContain("Passwords must");
        (text.Length - text.Replace("至少8位", "", StringComparison.Ordinal).Length).ShouldBe("至少8位".Length);
    }

    [Fact]
    public async Task Checking_the_session_and_reading_the_scope_is_one_statement_per_request()
    {
        var statements = new Statements();
        using var counted = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(statements))));
        var branch = await Browser.LoginAsync(counted, "branch");
        (await branch.Client.GetAsync("/Members")).StatusCode.ShouldBe(HttpStatusCode.OK);

        statements.Texts.Clear();
        (await branch.Client.GetAsync("/Members")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var accountReads = statements.Texts.Where(t => Regex.IsMatch(t, "FROM \"?users\"?\\s")).ToList(); // Npgsql leaves names unquoted
        accountReads.Count.ShouldBe(1, string.Join("\n---\n", accountReads));
        accountReads[0].ShouldContain("security_stamp");
        accountReads[0].ShouldMatch("\\bpath\\b");

        // and the scope it read is the one applied: the branch sees its own members only
        var html = await (await branch.Client.GetAsync("/Members")).Content.ReadAsStringAsync();
        await using var db = app.NewDbContext();
        var own = await db.Users.Where(u => u.UserName == "branch").Select(u => u.OrganizationId).SingleAsync();
        var outside = await db.Members.Where(m => m.OrganizationId != own).Select(m => m.Name).FirstAsync();
        html.ShouldNotContain(outside);
    }

    private sealed class Statements : DbCommandInterceptor
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Texts { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Texts.Enqueue(command.CommandText);
            return result;
        }
    }

    private async Task<double> AttemptAsync(string userName)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var watch = Stopwatch.StartNew();
        var result = await signIn.PasswordSignInAsync(userName, "Wrong#pass2026", isPersistent: false, lockoutOnFailure: false);
        watch.Stop();
        result.Succeeded.ShouldBeFalse();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private async Task<HttpResponseMessage> SecondFactorAsync(string code)
    {
        var browser = Browser.For(app);
        var login = await browser.PostFormAsync("/Account/Login",
            new() { ["Input.UserName"] = "auditor", ["Input.Password"] = Core.Demo.DemoSeeder.DemoPassword });
        return await browser.PostFormAsync(login.Headers.Location!.ToString(), new() { ["Code"] = code });
    }

    private async Task<(Browser Browser, string Cookie)> LoginKeepingCookieAsync(string user)
    {
        var browser = Browser.For(app);
        var response = await browser.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = user, ["Input.Password"] = Core.Demo.DemoSeeder.DemoPassword });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dangjian.auth=", StringComparison.Ordinal));
        return (browser, cookie.Split(';')[0]);
    }

    private HttpClient Replay(string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private async Task<int> IdOfAsync(string userName)
    {
        await using var db = app.NewDbContext();
        return (await db.Users.SingleAsync(u => u.UserName == userName)).Id;
    }
}
