using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Building;

/// <summary>
/// A weak organization of last year entered on 4 December of this year (补录): confirmed, rectified and converted on
/// last year's dates, so last year's figures count its conversion.
/// </summary>
public sealed class PastYearWeakOrganizationTests : IClassFixture<AppFactory>
{
    private static readonly int ThisYear = TimeProvider.System.GetUtcNow().Year;
    private static readonly int LastYear = ThisYear - 1;
    private readonly AppFactory app;

    public PastYearWeakOrganizationTests(AppFactory app)
    {
        this.app = app;
        app.Clock.StopAt(new DateTimeOffset(ThisYear, 12, 4, 2, 0, 0, TimeSpan.Zero));
    }

    private static string Day(int month, int day) => new DateOnly(LastYear, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<decimal> CountAsync(string indicator, Organization township)
    {
        await using var db = app.NewDbContext();
        var value = await new IndicatorService(db, IndicatorCatalog.Builtin, new DateOnly(ThisYear, 12, 4)).ComputeAsync(indicator, township, LastYear);
        return value.Figure?.Value ?? 0;
    }

    [Fact]
    public async Task Confirmation_measures_and_conversion_of_last_year_keep_their_dates_and_count_in_last_years_figures()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var village = await db.Organizations.AsNoTracking()
            .Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village && !db.WeakOrganizations.Any(w => w.OrganizationId == o.Id && w.Year == LastYear))
            .OrderBy(o => o.SortOrder).FirstAsync();
        var converted = await CountAsync("weak.converted", township);
        var clerk = await Browser.LoginAsync(app, "clerk");
        var org = village.Id.ToString(CultureInfo.InvariantCulture);

        var future = await clerk.PostFormAsync("/Building?handler=Confirm", new()
        {
            ["organizationId"] = org, ["year"] = $"{LastYear}", ["reasons"] = "班子不团结", ["confirmedOn"] = $"{ThisYear}-12-05",
        }, "/Building");
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(future)).QuerySelector(".error")!.TextContent.ShouldContain("确定日期不能晚于今天");
        (await clerk.PostFormAsync("/Building?handler=Confirm", new()
        {
            ["organizationId"] = org, ["year"] = $"{LastYear}", ["reasons"] = "班子不团结", ["confirmedOn"] = Day(3, 15),
        }, "/Building")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var weak = await db.WeakOrganizations.AsNoTracking().SingleAsync(w => w.OrganizationId == village.Id && w.Year == LastYear);
        weak.ConfirmedOn.ShouldBe(new DateOnly(LastYear, 3, 15));

        var url = $"/Building/Weak/{weak.Id}";
        (await clerk.PostFormAsync($"{url}?handler=Measure", new() { ["text"] = "调整班子", ["owner"] = "镇党委", ["deadline"] = Day(6, 30) }, url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var measure = await db.WeakOrganizationMeasures.AsNoTracking().SingleAsync(m => m.WeakOrganizationId == weak.Id);
        (await clerk.PostFormAsync($"{url}?handler=Done", new() { ["measureId"] = measure.Id.ToString(CultureInfo.InvariantCulture), ["doneOn"] = Day(5, 1) }, url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.PostFormAsync($"{url}?handler=Convert", new() { ["convertedOn"] = Day(9, 1), ["note"] = "验收合格" }, url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await db.WeakOrganizationMeasures.AsNoTracking().SingleAsync(m => m.Id == measure.Id)).DoneOn.ShouldBe(new DateOnly(LastYear, 5, 1));
        (await db.WeakOrganizations.AsNoTracking().SingleAsync(w => w.Id == weak.Id)).ConvertedOn.ShouldBe(new DateOnly(LastYear, 9, 1));
        (await CountAsync("weak.converted", township)).ShouldBe(converted + 1);
    }
}
