using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Development;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Development;

/// <summary>
/// Extending a probation and closing a case entered afterwards (补录) keep the dates given: not after today, not
/// before the case's previous step.
/// </summary>
public sealed class PastYearDevelopmentTests : IClassFixture<AppFactory>
{
    private static readonly int ThisYear = TimeProvider.System.GetUtcNow().Year;
    private static readonly DateOnly Today = new(ThisYear, 12, 4);
    private readonly AppFactory app;

    public PastYearDevelopmentTests(AppFactory app)
    {
        this.app = app;
        app.Clock.StopAt(new DateTimeOffset(ThisYear, 12, 4, 2, 0, 0, TimeSpan.Zero));
    }

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(DevelopmentCase Case, DateOnly LastStep)> OpenCaseAsync(Func<DevelopmentCase, bool> fits)
    {
        await using var db = app.NewDbContext();
        var cases = await db.DevelopmentCases.AsNoTracking().Include(c => c.Steps)
            .Where(c => c.Organization!.Parent!.Name == DemoCounty.DetailedTownshipName && c.State == CaseState.Open).OrderBy(c => c.Id).ToListAsync();
        var found = cases.First(c => fits(c) && c.Steps.Max(s => s.CompletedOn) < Today.AddDays(-1));
        return (found, found.Steps.Max(s => s.CompletedOn));
    }

    [Fact]
    public async Task A_probation_is_extended_on_the_date_given()
    {
        var (c, last) = await OpenCaseAsync(x => x.Stage == DevelopmentStage.Probationary && x.ExtensionMonths is null);
        var url = $"/Development/Details/{c.Id}";
        var clerk = await Browser.LoginAsync(app, "clerk");
        (await clerk.GetAsync(url)).Html.QuerySelector("#extendedOn")!.GetAttribute("value").ShouldBe(D(Today));
        Dictionary<string, string> Extend(DateOnly on) => new() { ["months"] = "6", ["version"] = $"{c.Version}", ["extendedOn"] = D(on) };

        var early = await clerk.PostFormAsync(url + "?handler=Extend", Extend(last.AddDays(-1)), url);
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        var shown = await Browser.ParseAsync(early);
        shown.QuerySelector("#extend .error")!.TextContent.ShouldContain("延长预备期的日期不能早于上一步的日期");
        shown.QuerySelector("#extendedOn")!.GetAttribute("value").ShouldBe(D(last.AddDays(-1)), "the refused form keeps what was typed");
        (await clerk.PostFormAsync(url + "?handler=Extend", Extend(Today.AddDays(1)), url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await clerk.PostFormAsync(url + "?handler=Extend", Extend(last.AddDays(1)), url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var extended = await db.DevelopmentCases.AsNoTracking().SingleAsync(x => x.Id == c.Id);
        extended.ExtensionMonths.ShouldBe(6);
        extended.ExtendedOn.ShouldBe(last.AddDays(1));
    }

    [Fact]
    public async Task A_case_is_closed_on_the_date_given()
    {
        var (c, last) = await OpenCaseAsync(x => x.Stage != DevelopmentStage.Probationary);
        var url = $"/Development/Details/{c.Id}";
        var clerk = await Browser.LoginAsync(app, "clerk");
        Dictionary<string, string> Close(DateOnly on) => new() { ["reason"] = "本人撤回申请", ["version"] = $"{c.Version}", ["closedOn"] = D(on) };

        var future = await clerk.PostFormAsync(url + "?handler=Close", Close(Today.AddDays(1)), url);
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        var shown = await Browser.ParseAsync(future);
        shown.QuerySelector("#close .error")!.TextContent.ShouldContain("终止培养的日期不能晚于今天");
        shown.QuerySelector("#reason")!.GetAttribute("value").ShouldBe("本人撤回申请", "the refused form keeps what was typed");
        (await Browser.ParseAsync(await clerk.PostFormAsync(url + "?handler=Close", Close(last.AddDays(-1)), url)))
            .QuerySelector("#close .error")!.TextContent.ShouldContain("不能早于上一步的日期");

        var unreadable = new Dictionary<string, string>(Close(last)) { ["closedOn"] = "abc" };
        (await Browser.ParseAsync(await clerk.PostFormAsync(url + "?handler=Close", unreadable, url)))
            .QuerySelector("#close .error")!.TextContent.ShouldContain("“abc”无法识别");

        (await clerk.PostFormAsync(url + "?handler=Close", Close(last.AddDays(1)), url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var closed = await db.DevelopmentCases.AsNoTracking().SingleAsync(x => x.Id == c.Id);
        closed.State.ShouldBe(CaseState.Stopped);
        closed.ClosedOn.ShouldBe(last.AddDays(1));
    }
}
