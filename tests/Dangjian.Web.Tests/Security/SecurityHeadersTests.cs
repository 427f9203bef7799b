using System.Net;
using AngleSharp.Html.Dom;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;

namespace Dangjian.Web.Tests.Security;

/// <summary>Security headers on every page, and pages a Content-Security-Policy without 'unsafe-inline' can run.</summary>
public sealed class SecurityHeadersTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    [Theory]
    [InlineData("county")]
    [InlineData("clerk")]
    [InlineData("branch")]
    public async Task Every_page_a_user_reaches_carries_the_policy_and_no_inline_script_handler_or_style(string user)
    {
        var visits = await PageCrawl.CrawlAsync(await Browser.LoginAsync(app, user));

        visits.Count.ShouldBeGreaterThan(20);
        foreach (var visit in visits)
        {
            Header(visit.Response, "Content-Security-Policy").ShouldBe(Csp, visit.Url);
            Problems(visit.Html).ShouldBeEmpty(visit.Url);
        }
    }

    [Fact]
    public async Task The_admin_pages_and_the_sign_in_page_carry_the_policy_and_no_inline_script()
    {
        var visits = await PageCrawl.CrawlAsync(await Browser.LoginAdminAsync(app, "sysadmin"));
        var login = await Browser.For(app).Client.GetAsync("/Account/Login");
        visits.Add(new PageCrawl.Visit("/Account/Login", login, await Browser.ParseAsync(login)));

        visits.Count.ShouldBeGreaterThan(2);
        foreach (var visit in visits)
        {
            Header(visit.Response, "Content-Security-Policy").ShouldBe(Csp, visit.Url);
            Problems(visit.Html).ShouldBeEmpty(visit.Url);
        }
    }

    [Fact]
    public async Task Pages_and_files_say_nosniff_deny_no_referrer_and_same_origin()
    {
        var browser = await Browser.LoginAsync(app, "county");
        foreach (var url in new[] { "/", "/OrgLife/HeatMap", "/js/site.js", "/css/site.css", "/Account/Login" })
        {
            var response = await browser.Client.GetAsync(url);
            Header(response, "X-Content-Type-Options").ShouldBe("nosniff", url);
            Header(response, "X-Frame-Options").ShouldBe("DENY", url);
            Header(response, "Referrer-Policy").ShouldBe("no-referrer", url);
            Header(response, "Cross-Origin-Opener-Policy").ShouldBe("same-origin", url);
            Header(response, "Permissions-Policy")!.ShouldContain("camera=()", customMessage: url);
            Header(response, "Strict-Transport-Security").ShouldBeNull(url); // plain HTTP
        }
    }

    [Theory]
    [InlineData("https://dangjian.example.cn/", true)]
    [InlineData("https://localhost/", false)]
    [InlineData("http://dangjian.example.cn/", false)]
    public async Task Hsts_only_over_https_and_never_for_localhost(string origin, bool expected)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(origin), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/Login");

        Header(response, "Strict-Transport-Security").ShouldBe(expected ? "max-age=31536000" : null);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values) : null;

    /// <summary>What the policy would block or what would run a stored value: inline scripts, on* attributes, style attributes, javascript: links.</summary>
    public static List<string> Problems(IHtmlDocument html) =>
    [
        .. html.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") != "application/json").Select(s => $"inline script: {s.OuterHtml[..Math.Min(80, s.OuterHtml.Length)]}"),
        .. html.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"{e.LocalName} {a.Name}=")),
        .. html.All.Where(e => e.HasAttribute("style")).Select(e => $"{e.LocalName} style="),
        .. html.QuerySelectorAll("style").Select(_ => "style element"),
        .. html.QuerySelectorAll("[href], [src], [action]").SelectMany(e => e.Attributes.Where(a => a.Name is "href" or "src" or "action"
            && a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)).Select(a => $"{e.LocalName} {a.Name}={a.Value}")),
    ];
}
