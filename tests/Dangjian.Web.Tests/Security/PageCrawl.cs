using System.Net;
using AngleSharp.Html.Dom;
using Dangjian.Web.Tests.Infrastructure;

namespace Dangjian.Web.Tests.Security;

/// <summary>Follows the links a signed-in user sees, breadth first, a few pages per route: every folder a role reaches.</summary>
public static class PageCrawl
{
    public sealed record Visit(string Url, HttpResponseMessage Response, IHtmlDocument Html);

    public static async Task<List<Visit>> CrawlAsync(Browser browser, int perRoute = 2, int max = 120)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var perPath = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>(["/"]);
        var visits = new List<Visit>();
        while (queue.TryDequeue(out var url) && visits.Count < max)
        {
            var response = await browser.Client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await Browser.ParseAsync(response);
            visits.Add(new Visit(url, response, html));
            foreach (var href in html.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || Skipped(href) || !seen.Add(href))
                {
                    continue;
                }

                var path = href.Split('?', '#')[0];
                var route = string.Join('/', path.Split('/').Where(s => !s.All(char.IsAsciiDigit)));
                perPath[route] = perPath.GetValueOrDefault(route) + 1;
                if (perPath[route] <= perRoute)
                {
                    queue.Enqueue(href);
                }
            }
        }

        return visits;
    }

    // Downloads and exports are files, not pages; logout would end the crawl.
    private static bool Skipped(string href) =>
        href.Contains("Logout", StringComparison.OrdinalIgnoreCase) || href.Contains("Export", StringComparison.OrdinalIgnoreCase)
        || href.Contains("Download", StringComparison.OrdinalIgnoreCase) || href.Contains("handler=File", StringComparison.OrdinalIgnoreCase);
}
