using System.Net;
using System.Text.RegularExpressions;
using Dangjian.Web.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>A real deployment's first steps as an operator and the administrators take them: <c>init</c>, first sign-in.</summary>
public static partial class FirstStart
{
    /// <summary>Runs the <c>init</c> verb of the executable on the factory's database, as the operator's command line would.</summary>
    public static async Task<(int Code, string Output, string Error)> InitAsync(AppFactory app, params string[] options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args =
        [
            .. options,
            $"--Database:Provider={app.Database.Provider}",
            $"--Database:ConnectionString={app.Database.ConnectionString}",
            $"--Database:DataDirectory={app.Database.DataDirectory}",
            "--Database:SeedDemo=false",
        ];
        var code = await InitCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The one-time passwords <c>init</c> printed, by login.</summary>
    public static Dictionary<string, string> Passwords(string output) =>
        OneTimePassword().Matches(output).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    /// <summary>Signs in with a one-time password, sets <paramref name="newPassword"/>, and enrols an authenticator when asked.</summary>
    public static async Task<Browser> FirstLoginAsync(AppFactory app, string user, string oneTimePassword, string newPassword, string checkPage)
    {
        var browser = Browser.For(app);
        (await browser.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = user, ["Input.Password"] = oneTimePassword }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{user} signs in with the one-time password");
        var gate = await browser.Client.GetAsync(checkPage);
        gate.Headers.Location!.ToString().ShouldContain("/Account/ChangePassword");
        (await browser.PostFormAsync("/Account/ChangePassword",
            new() { ["Input.Current"] = oneTimePassword, ["Input.New"] = newPassword, ["Input.Confirm"] = newPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        gate = await browser.Client.GetAsync(checkPage);
        if (gate.Headers.Location?.ToString().Contains("/Account/EnableAuthenticator", StringComparison.Ordinal) == true)
        {
            var (_, enable) = await browser.GetAsync("/Account/EnableAuthenticator");
            var key = enable.QuerySelector("#shared-key")!.TextContent;
            (await browser.PostFormAsync("/Account/EnableAuthenticator", new() { ["Code"] = Totp.Code(key) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        return browser;
    }

    [GeneratedRegex(@"账号 (\S+)\s+一次性密码 (\S+)")]
    private static partial Regex OneTimePassword();
}
