using System.Net;
using AngleSharp.Html.Parser;
using Dangjian.Core.Account;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// Every POST handler found in the routing table, posted by a user allowed to use it on a record in scope: with no
/// fields, with every field blank, with unparsable values and with absurd ones. None may answer 5xx or show an
/// exception; a form shown again must say in Chinese what is wrong, and every message the handler meant for a field
/// must be shown beside that field (not only in a list at the top).
/// </summary>
public sealed class NoServerErrorTests(ProbedAppFactory app, ITestOutputHelper output) : IClassFixture<ProbedAppFactory>
{
    /// <summary>Who posts: the first role in this order that the page admits.</summary>
    private static readonly string[] Preference = [Roles.TownshipClerk, Roles.CountyOrgDept, Roles.TownshipSecretary,
        Roles.BranchSecretary, Roles.LiaisonLeader, Roles.SysAdmin, Roles.SecAdmin, Roles.Auditor];

    [Fact]
    public async Task No_post_handler_answers_5xx_or_shows_an_exception()
    {
        var world = await MatrixWorld.BuildAsync(app);
        var problems = new List<string>();
        var posts = 0;
        foreach (var (name, pattern) in Pages())
        {
            var rule = AccessRules.Pages[name];
            var who = rule.Anonymous ? world.Users.First(u => u.Role is null)
                : Preference.Where(r => rule.Roles!.Contains(r)).Select(r => world.Users.First(u => u.Role == r)).First();
            var targets = world.TargetsFor(who, rule.Target).ToList();
            var (_, id) = targets.FirstOrDefault(t => t.Relation == "child") is { Relation: not null } child ? child
                : targets.FirstOrDefault(t => t.Relation is "own" or "-");
            var page = MatrixWorld.Url(pattern, rule, id);
            foreach (var handler in MatrixWorld.PostHandlers(name))
            {
                var url = page + (handler.Length == 0 ? "" : (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"handler={handler}");
                foreach (var variant in Enum.GetValues<Garbage.Variant>())
                {
                    posts++;
                    var problem = await PostAsync(who, page, url, variant, app.Probe);
                    if (problem is not null)
                    {
                        problems.Add($"{who.Role} POST {url} ({variant}): {problem}");
                    }
                }
            }
        }

        output.WriteLine($"{posts} posts");
        problems.ShouldBeEmpty(string.Join("\n", problems));
        posts.ShouldBeGreaterThan(150, "the sweep must actually reach the handlers");
    }

    /// <summary>Pages with post handlers; account and administration pages last, signing out at the very end.</summary>
    private IEnumerable<(string Name, string Pattern)> Pages() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .GroupBy(e => e.DisplayName!)
            .Where(g => !g.Key.StartsWith("HTTP:", StringComparison.Ordinal) && MatrixWorld.PostHandlers(g.Key).Count > 0)
            .Select(g => (g.Key, g.OrderBy(e => e.RoutePattern.RawText!.Length).First().RoutePattern.RawText!))
            .OrderBy(p => p.Key == "/Account/Logout" ? 2 : p.Key.StartsWith("/Account", StringComparison.Ordinal) || p.Key.StartsWith("/Admin", StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(p => p.Key, StringComparer.Ordinal);

    private static async Task<string?> PostAsync(MatrixWorld.User who, string page, string url, Garbage.Variant variant, ModelStateProbe probe)
    {
        var browser = who.Browser;
        var form = await browser.Client.GetAsync(page);
        var html = await Browser.ParseAsync(form);
        var token = html.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        token ??= (await MatrixWorld.TokenAsync(who))["__RequestVerificationToken"];

        var fields = Garbage.FieldsOf(html);
        var values = fields.Select(f => (f.Name, Value: Garbage.Value(f, variant))).Where(f => f.Value is not null).ToList();
        HttpContent content;
        if (Garbage.IsMultipart(html))
        {
            var multipart = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
            foreach (var (name, value) in values)
            {
                multipart.Add(new StringContent(value!), name);
            }

            if (variant is Garbage.Variant.Unparsable or Garbage.Variant.Absurd)
            {
                foreach (var file in fields.Where(f => f.Kind == "file"))
                {
                    var bytes = variant == Garbage.Variant.Unparsable ? "PK\u0003\u0004 这不是表格"u8.ToArray() : "姓名,身份证号\n\"未闭合"u8.ToArray();
                    multipart.Add(new ByteArrayContent(bytes), file.Name, variant == Garbage.Variant.Unparsable ? "名册.xlsx" : "名册.csv");
                }
            }

            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value!))
                .Append(new("__RequestVerificationToken", token)));
        }

        var trace = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add(ModelStateProbe.TraceHeader, trace);
        var response = await browser.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
        {
            return $"status {(int)response.StatusCode}";
        }

        if (Garbage.ShowsException(body))
        {
            return "the answer shows an exception";
        }

        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return null;
        }

        var answer = await new HtmlParser().ParseDocumentAsync(body);
        var messages = Garbage.Messages(answer);
        if (messages.FirstOrDefault(Garbage.IsEnglishDefault) is { } english)
        {
            return $"an English message: {english}";
        }

        if (Garbage.PostForms(answer).Any() && !messages.Any(Garbage.IsChinese))
        {
            return "the form is shown again without a message";
        }

        return FieldMessages.Misplaced(answer, probe.ErrorsOf(trace));
    }
}
