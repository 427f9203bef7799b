using System.Net;
using Dangjian.Core.Account;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Security;

/// <summary>
/// Every endpoint found in the routing table × every role (and anonymous) × every relation of the target
/// organization to the user's own (own, child, sibling, parent, unrelated): the status each combination must get.
/// </summary>
public sealed class AuthorizationMatrixTests(AppFactory app) : IClassFixture<AppFactory>
{
    private IEnumerable<RouteEndpoint> Endpoints =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    [Fact]
    public void Every_endpoint_has_a_rule_and_every_rule_an_endpoint()
    {
        var names = Endpoints.Select(e => e.DisplayName!).ToHashSet();
        names.Except(AccessRules.Pages.Keys).ShouldBeEmpty("endpoints without an authorization rule");
        AccessRules.Pages.Keys.Except(names).ShouldBeEmpty("rules for endpoints that no longer exist");
    }

    [Fact]
    public async Task Every_role_gets_the_expected_status_on_every_endpoint()
    {
        var world = await MatrixWorld.BuildAsync(app);
        var mismatches = new List<string>();
        foreach (var (name, pattern) in Endpoints.GroupBy(e => e.DisplayName!).Select(g => (g.Key, g.OrderBy(e => e.RoutePattern.RawText!.Length).First().RoutePattern.RawText!)))
        {
            var rule = AccessRules.Pages[name];
            foreach (var who in world.Users)
            {
                foreach (var (relation, id) in world.TargetsFor(who, rule.Target))
                {
                    var url = MatrixWorld.Url(pattern, rule, id);
                    var expected = Expected(rule, who, relation);
                    var actual = await Observe(who.Browser, url);
                    if (actual != expected)
                    {
                        mismatches.Add($"{who.Role ?? "anonymous"} {relation} GET {url}: expected {expected}, got {actual}");
                    }
                }
            }
        }

        mismatches.ShouldBeEmpty();
    }

    /// <summary>
    /// POST handlers answer like their page for everyone who must not use them. Allowed, in-scope posts are left
    /// to the feature tests, as they change data.
    /// </summary>
    [Fact]
    public async Task Posts_are_refused_to_everyone_outside_the_rule()
    {
        var world = await MatrixWorld.BuildAsync(app);
        var mismatches = new List<string>();
        var posts = 0;
        foreach (var (name, pattern) in Endpoints.GroupBy(e => e.DisplayName!)
                     .Select(g => (g.Key, g.OrderBy(e => e.RoutePattern.RawText!.Length).First().RoutePattern.RawText!)))
        {
            var rule = AccessRules.Pages[name];
            foreach (var handler in MatrixWorld.PostHandlers(name))
            {
                foreach (var who in world.Users)
                {
                    var targets = rule.FormOnPost ? [("-", 0)] : world.TargetsFor(who, rule.Target);
                    foreach (var (relation, id) in targets)
                    {
                        var expected = Expected(rule, who, relation);
                        if (expected == "open")
                        {
                            continue;
                        }

                        var url = MatrixWorld.Url(pattern, rule.FormOnPost ? rule with { Query = "" } : rule, id);
                        url += handler.Length == 0 ? "" : (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"handler={handler}";
                        posts++;
                        var response = await who.Browser.Client.PostAsync(url, new FormUrlEncodedContent(await MatrixWorld.TokenAsync(who)));
                        var actual = await Observe(response, url);
                        if (actual != expected)
                        {
                            mismatches.Add($"{who.Role ?? "anonymous"} {relation} POST {url}: expected {expected}, got {actual}");
                        }
                    }
                }
            }
        }

        mismatches.ShouldBeEmpty();
        posts.ShouldBeGreaterThan(100, "the POST matrix must actually exercise the handlers");
    }

    [Fact]
    public async Task A_post_naming_no_handler_of_the_page_is_refused()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        await using var db = app.NewDbContext();
        var member = await db.Members.Where(m => m.Organization!.Parent!.Name == Core.Demo.DemoCounty.DetailedTownshipName).Select(m => m.Id).FirstAsync();
        var token = (await browser.GetAsync("/Account/ChangePassword")).Html.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await browser.Client.PostAsync($"/Members/Details/{member}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    private static string Expected(AccessRules.Rule rule, MatrixWorld.User who, string relation)
    {
        if (rule.Always is { } always)
        {
            return always;
        }

        if (rule.Anonymous)
        {
            return "open";
        }

        if (who.Role is null)
        {
            return "login";
        }

        if (!rule.Roles!.Contains(who.Role))
        {
            return "denied";
        }

        return relation is "own" or "child" or "-" ? "open" : "not found";
    }

    private static async Task<string> Observe(Browser browser, string url) => await Observe(await browser.Client.GetAsync(url), url);

    private static Task<string> Observe(HttpResponseMessage response, string url)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        return Task.FromResult(response.StatusCode switch
        {
            HttpStatusCode.NotFound => "not found",
            HttpStatusCode.Forbidden => "denied",
            HttpStatusCode.Unauthorized => "login",
            HttpStatusCode.Redirect when location.Contains("/Account/Denied", StringComparison.Ordinal) => "denied",
            HttpStatusCode.Redirect when location.Contains("/Account/Login?ReturnUrl=", StringComparison.Ordinal) => "login",
            HttpStatusCode.OK or HttpStatusCode.Redirect => "open",
            _ => $"status {(int)response.StatusCode} ({url})",
        });
    }
}
