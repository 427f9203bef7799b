using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>An HTTP client that keeps cookies, reads pages as HTML and posts forms with their antiforgery token.</summary>
public sealed class Browser(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static Browser For(WebApplicationFactory<Program> app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<Browser> LoginAsync(WebApplicationFactory<Program> app, string user, string password = Core.Demo.DemoSeeder.DemoPassword)
    {
        var browser = For(app);
        var response = await browser.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = user, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"login of {user} failed: {response.StatusCode}");
        }

        return browser;
    }

    /// <summary>
    /// Signs in one of the 三员: sets up the authenticator on first use (reading the key off the page, as a person
    /// would type it into a phone app), afterwards answers the second-factor prompt.
    /// </summary>
    public static async Task<Browser> LoginAdminAsync(AppFactory app, string user)
    {
        var browser = For(app);
        var response = await browser.PostFormAsync("/Account/Login",
            new() { ["Input.UserName"] = user, ["Input.Password"] = Core.Demo.DemoSeeder.DemoPassword });
        var location = response.Headers.Location?.ToString() ?? "";
        if (location.Contains("LoginWith2fa", StringComparison.Ordinal))
        {
            response = await browser.PostFormAsync(location, new() { ["Code"] = await FreshCodeAsync(app, user, app.AuthenticatorKeys[user]) });
            return response.StatusCode == HttpStatusCode.Redirect ? browser : throw new InvalidOperationException($"2FA of {user} failed");
        }

        var (_, html) = await browser.GetAsync("/Account/EnableAuthenticator");
        var key = html.QuerySelector("#shared-key")!.TextContent;
        response = await browser.PostFormAsync("/Account/EnableAuthenticator", new() { ["Code"] = await FreshCodeAsync(app, user, key) });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"authenticator set-up of {user} failed");
        }

        app.AuthenticatorKeys[user] = key;
        return browser;
    }

    /// <summary>
    /// A code of a time step not used before by this account (the app refuses a replayed code): the current step, or
    /// the next one the app accepts ahead (its window reaches two steps), or else it waits for the clock to move on.
    /// </summary>
    public static async Task<string> FreshCodeAsync(AppFactory app, string user, string key)
    {
        while (true)
        {
            var now = app.Clock.GetUtcNow();
            var step = Math.Max(Totp.Step(now), app.AuthenticatorSteps.GetValueOrDefault(user, long.MinValue) + 1);
            if (step <= Totp.Step(now) + 1)
            {
                app.AuthenticatorSteps[user] = step;
                return Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    public async Task<(HttpStatusCode Status, IHtmlDocument Html)> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        return (response.StatusCode, await ParseAsync(response));
    }

    /// <summary>Loads the form page, takes its antiforgery token, posts the fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var (_, html) = await GetAsync(formPage ?? url);
        var token = html.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"no antiforgery token on {formPage ?? url}");
        fields["__RequestVerificationToken"] = token;
        return await Client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of a page's form, for posts built by hand (multipart uploads).</summary>
    public static string Token(IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
