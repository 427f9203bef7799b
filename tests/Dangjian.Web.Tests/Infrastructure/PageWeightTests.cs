using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// Pages light enough for a village on a slow link: every page the branch secretary reaches, its HTML and the CSS and
/// script it loads, measured as they travel (the app does not compress responses) and held under a budget.
/// </summary>
public sealed class PageWeightTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>The busiest page's HTML (a member list page, a heat map of a township's branches).</summary>
    public const int HtmlBudget = 60 * 1024;

    /// <summary>HTML plus every stylesheet and script the page itself loads.</summary>
    public const int PageBudget = 100 * 1024;

    [Fact]
    public async Task Every_page_the_branch_secretary_reaches_stays_under_the_budget()
    {
        var browser = await Browser.LoginAsync(app, "branch");
        var visits = await BranchPages.VisitAsync(browser);
        var assets = new Dictionary<string, int>(StringComparer.Ordinal);
        var output = TestContext.Current.TestOutputHelper!;
        foreach (var visit in visits.DistinctBy(v => v.Url))
        {
            var html = (await visit.Response.Content.ReadAsByteArrayAsync()).Length;
            var loaded = visit.Html.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)
                .Concat(visit.Html.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)).ToList();
            loaded.ShouldAllBe(src => src.StartsWith('/') && !src.StartsWith("//"), visit.Url);
            loaded.ShouldNotContain(src => src.Contains("echarts", StringComparison.OrdinalIgnoreCase), $"{visit.Url} loads ECharts up front");
            var total = html;
            foreach (var src in loaded)
            {
                if (!assets.TryGetValue(src, out var size))
                {
                    var response = await browser.Client.GetAsync(src);
                    response.EnsureSuccessStatusCode();
                    assets[src] = size = (await response.Content.ReadAsByteArrayAsync()).Length;
                }

                total += size;
            }

            output.WriteLine($"{visit.Url}: HTML {html / 1024.0:0.0} kB, with CSS/JS {total / 1024.0:0.0} kB");
            html.ShouldBeLessThanOrEqualTo(HtmlBudget, visit.Url);
            total.ShouldBeLessThanOrEqualTo(PageBudget, visit.Url);
        }
    }

    [Fact]
    public async Task The_heat_map_fetches_echarts_only_from_its_own_script_and_the_library_is_there()
    {
        var browser = await Browser.LoginAsync(app, "branch");
        var (_, page) = await browser.GetAsync("/OrgLife/HeatMap");
        var library = page.QuerySelector("#heat-chart")!.GetAttribute("data-echarts")!;
        library.ShouldStartWith("/lib/echarts/");
        var response = await browser.Client.GetAsync(library);
        response.EnsureSuccessStatusCode();
        // Loaded on a wide screen only: heavier than every page budget together, which is why a phone never gets it.
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(PageBudget);
        page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ShouldContain(s => s.StartsWith("/js/heatmap.js"));
    }
}
