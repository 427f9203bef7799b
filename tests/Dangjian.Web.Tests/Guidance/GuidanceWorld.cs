using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Dangjian.Web.Tests.Building;
using Dangjian.Web.Tests.Cadres;
using Dangjian.Web.Tests.Loop;

namespace Dangjian.Web.Tests.Guidance;

/// <summary>What the guidance tests share: the demo township and its villages, figures, the composed 一、 of a year.</summary>
internal static class GuidanceWorld
{
    public static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static async Task<(Organization Township, List<Organization> Villages)> TownshipAsync(AppFactory app)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var villages = await db.Organizations.AsNoTracking().Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village)
            .OrderBy(o => o.SortOrder).ToListAsync();
        return (township, villages);
    }

    /// <summary>The printed value of a built-in indicator for the township and year ("" when there is no data).</summary>
    public static async Task<string> FigureAsync(AppFactory app, string indicator, int year)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var value = await new IndicatorService(db, IndicatorCatalog.Builtin, app.Clock.Today()).ComputeAsync(indicator, township, year);
        return value.Figure?.Text ?? "";
    }

    public static async Task<string> HighlightsAsync(AppFactory app, int year)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        return (await new ReportComposer(db, app.Clock.Today()).ComposeAsync(new ReportInput(township, year))).Render(ReportSection.Highlights);
    }

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> RefusedAsync(Browser browser, string url, Dictionary<string, string> fields)
    {
        var response = await browser.PostFormAsync(url, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the form is shown again");
        return await Browser.ParseAsync(response);
    }

    public static async Task SavedAsync(Browser browser, string url, Dictionary<string, string> fields)
    {
        var response = await browser.PostFormAsync(url, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var html = await Browser.ParseAsync(response);
            throw new ShouldAssertException($"not saved: {html.QuerySelector("#errors")?.TextContent}");
        }
    }
}
