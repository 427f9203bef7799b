using System.Diagnostics;
using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E.Drills;

/// <summary>
/// The stored-XSS drill on an app of its own: every stored text field carries script payloads, then every page a
/// county user, a township secretary and a branch secretary reach is opened in Chromium (the heat map's tooltips
/// hovered): no dialog may open, no page may link to javascript:, and the Content-Security-Policy may refuse nothing
/// (a refusal means a page of ours needs inline code, or a payload got into markup).
/// </summary>
[Collection(XssDrillCollection.Name)]
public sealed class XssDrillTests(AppProcess app, ITestOutputHelper output) : IClassFixture<AppProcess>
{
    private static readonly TimeSpan BudgetPerUser = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task Payloads_in_every_stored_text_field_open_no_dialog_on_any_page()
    {
        var clock = Stopwatch.StartNew();
        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;
        var dialogs = new List<string>();
        var refusals = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add($"{page.Url}: {dialog.Message}"); _ = dialog.DismissAsync(); };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { refusals.Add($"{page.Url}: {message.Text}"); }
        };

        // A duty-report draft first, so report paragraphs exist to carry payloads too.
        await browser.LoginAsync(app.BaseUrl, "secretary");
        await page.GotoAsync($"{app.BaseUrl}/Reports");
        await page.Locator("#reports tr", new() { HasText = "青石镇党委" }).GetByRole(AriaRole.Link).Last.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "生成草稿" }).ClickAsync();
        await page.Locator(".report-title").WaitForAsync();
        var draft = new Uri(page.Url).PathAndQuery;
        var township = await page.EvaluateAsync<string>("() => new URLSearchParams(location.search).get('org')");

        var fields = await XssPayloads.WriteAsync(app.DataDirectory);
        var attempts = fields.Sum(f => f.Payloads);
        var opened = new List<string>();
        var javascriptLinks = new List<string>();
        foreach (var user in new[] { "secretary", "county", "branch" })
        {
            if (user != "secretary")
            {
                await page.Context.ClearCookiesAsync();
                await browser.LoginAsync(app.BaseUrl, user);
            }

            var deadline = Stopwatch.StartNew();
            // The pages the issue names first (heat map with its tooltips, report draft, reviews…), then whatever they link to.
            var queue = new Queue<string>(user == "branch"
                ? ["/", "/Meetings", "/Members", "/Loop"]
                : [$"/OrgLife/HeatMap?org={township}", draft, "/Reviews", "/Loop/Rectification", "/Members", "/Meetings", "/Cadres", "/Development", "/WorkRecords", "/Building", "/"]);
            var seen = new HashSet<string>(queue);
            var perRoute = new Dictionary<string, int>();
            while (queue.TryDequeue(out var url) && deadline.Elapsed < BudgetPerUser)
            {
                var response = await page.GotoAsync(app.BaseUrl + url);
                if (response is null || !response.Ok || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
                {
                    continue;
                }

                opened.Add($"{user} {url}");
                if (url.StartsWith("/OrgLife/HeatMap", StringComparison.Ordinal))
                {
                    await HoverHeatMapAsync(page);
                }

                javascriptLinks.AddRange((await page.Locator("[href^='javascript:' i], [src^='javascript:' i], [action^='javascript:' i]").AllAsync()).Select(_ => $"{user} {url}"));
                foreach (var href in await page.Locator("a[href^='/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
                {
                    var route = string.Join('/', href.Split('?', '#')[0].Split('/').Where(s => !s.All(char.IsAsciiDigit)));
                    if (Skipped(href) || !seen.Add(href) || (perRoute[route] = perRoute.GetValueOrDefault(route) + 1) > 2)
                    {
                        continue;
                    }

                    queue.Enqueue(href);
                }
            }
        }

        var summary = $"XSS drill: {fields.Count} fields × up to {XssPayloads.All.Length} payloads = {attempts} attempts; {opened.Count} pages opened; " +
            $"{dialogs.Count} dialogs; {refusals.Count} CSP refusals; {javascriptLinks.Count} javascript: links; {clock.Elapsed.TotalSeconds:0} s";
        Directory.CreateDirectory(Path.Combine(AppProcess.Artifacts, "drills"));
        await File.WriteAllLinesAsync(Path.Combine(AppProcess.Artifacts, "drills", "xss.txt"), [summary, .. opened, .. dialogs, .. refusals]);
        output.WriteLine($"XSS drill: {fields.Count} fields × up to {XssPayloads.All.Length} payloads = {attempts} attempts; {opened.Count} pages opened; " +
            $"{dialogs.Count} dialogs; {refusals.Count} CSP refusals; {javascriptLinks.Count} javascript: links; {clock.Elapsed.TotalSeconds:0} s");
        output.WriteLine(string.Join("\n", fields.Select(f => $"  {f.Entity}.{f.Property}: {f.Payloads}")));
        fields.Count.ShouldBeGreaterThan(60);
        opened.ShouldContain(o => o.Contains("/OrgLife/HeatMap", StringComparison.Ordinal));
        opened.ShouldContain(o => o.Contains("/Reports/Draft", StringComparison.Ordinal));
        dialogs.ShouldBeEmpty();
        refusals.ShouldBeEmpty();
        javascriptLinks.ShouldBeEmpty();
    }

    // Moves the mouse over the chart's cells so ECharts renders each row's tooltip (the HTML that once ran the payload).
    private static async Task HoverHeatMapAsync(IPage page)
    {
        var chart = page.Locator("#heat-chart[data-ready=true]");
        await chart.WaitForAsync();
        var box = (await chart.BoundingBoxAsync())!;
        var rows = await page.Locator("#heat-table tbody tr").CountAsync();
        for (var r = 0; r < Math.Min(rows, 15); r++)
        {
            var y = box.Y + 10 + ((box.Height - 70) * (r + 0.5) / rows);
            await page.Mouse.MoveAsync((float)(box.X + 220 + ((box.Width - 240) * ((r % 12) + 0.5) / 12)), (float)y);
            await page.WaitForTimeoutAsync(30);
        }
    }

    private static bool Skipped(string href) =>
        href.Contains("Logout", StringComparison.OrdinalIgnoreCase) || href.Contains("Export", StringComparison.OrdinalIgnoreCase)
        || href.Contains("Download", StringComparison.OrdinalIgnoreCase) || href.Contains("handler=File", StringComparison.OrdinalIgnoreCase)
        || href.Contains("handler=Template", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The drill's own app seeds while no journey runs: it runs alone, after the parallel collections.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class XssDrillCollection
{
    public const string Name = "xss-drill";
}
