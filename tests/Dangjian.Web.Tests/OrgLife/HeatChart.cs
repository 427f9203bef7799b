using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>The heat map's chart data, fetched from the address the page gives its chart, as js/heatmap.js does.</summary>
public static class HeatChart
{
    public static async Task<JsonDocument> DataAsync(Browser browser, IHtmlDocument page)
    {
        var response = await ResponseAsync(browser, page);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> ResponseAsync(Browser browser, IHtmlDocument page) =>
        browser.Client.GetAsync(page.QuerySelector("#heat-chart")!.GetAttribute("data-chart"));
}
