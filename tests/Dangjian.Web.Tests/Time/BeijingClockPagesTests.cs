using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Development;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Time;

/// <summary>
/// The pages at 00:30 Beijing time on 1 July (16:30 UTC on 30 June), a year ahead of the demo data: "today" is
/// 1 July and stored instants show in Beijing time, whatever the server's time zone (scripts/test.sh runs with TZ=UTC).
/// </summary>
[Trait("Clock", "Beijing")]
public sealed class BeijingClockPagesTests : IClassFixture<AppFactory>
{
    private static readonly int Year = TimeProvider.System.GetUtcNow().Year + 1;
    private readonly AppFactory app;

    public BeijingClockPagesTests(AppFactory app)
    {
        this.app = app;
        app.Clock.StopAt(new DateTimeOffset(Year, 6, 30, 16, 30, 0, TimeSpan.Zero));
    }

    private static string Day(int month, int day) => new DateOnly(Year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_sign_off_just_after_midnight_is_dated_1_July_late_for_30_June_and_the_history_shows_Beijing_time()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var village = await db.Organizations.Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village).OrderBy(o => o.SortOrder).FirstAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var problem = $"午夜销号{Guid.NewGuid():N}";
        // Raised at 23:55 on 30 June (a deadline before the raise is refused), answered and signed off at 00:20 on 1 July.
        app.Clock.StopAt(new DateTimeOffset(Year, 6, 30, 15, 55, 0, TimeSpan.Zero));
        (await clerk.PostFormAsync("/Loop/Rectification/Create", new()
        {
            ["Form.OrganizationId"] = Text(village.Id), ["Form.Source"] = "SelfFound", ["Form.Problem"] = problem, ["Form.Deadline"] = Day(6, 30),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var item = await db.RectificationItems.AsNoTracking().SingleAsync(r => r.Problem == problem);
        app.Clock.StopAt(new DateTimeOffset(Year, 6, 30, 16, 20, 0, TimeSpan.Zero));
        var url = $"/Loop/Rectification/Details/{item.Id}";
        var branch = await Browser.LoginAsync(app, "branch");
        (await branch.PostFormAsync($"{url}?handler=Submit", new() { ["Version"] = Text(item.Version), ["Evidence"] = "整改报告" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var version = (await db.RectificationItems.AsNoTracking().SingleAsync(r => r.Id == item.Id)).Version;

        (await clerk.PostFormAsync($"{url}?handler=SignOff", new() { ["Version"] = Text(version), ["Confirm"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var done = await db.RectificationItems.AsNoTracking().SingleAsync(r => r.Id == item.Id);
        done.RaisedOn.ShouldBe(new DateOnly(Year, 6, 30));
        done.SubmittedOn.ShouldBe(new DateOnly(Year, 7, 1));
        done.SignedOffOn.ShouldBe(new DateOnly(Year, 7, 1));
        done.ClosedOnTime.ShouldBeFalse();
        var (_, page) = await clerk.GetAsync(url);
        var times = page.QuerySelectorAll("#history tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        times.ShouldBe([$"{Day(6, 30)} 23:55", $"{Day(7, 1)} 00:20", $"{Day(7, 1)} 00:20"]);
    }

    [Fact]
    public async Task An_application_dated_today_is_accepted_just_after_midnight()
    {
        await using var db = app.NewDbContext();
        var branch = await db.Organizations.FirstAsync(o => o.Parent!.Name == DemoCounty.DetailedTownshipName);
        var clerk = await Browser.LoginAsync(app, "clerk");

        var saved = await clerk.PostFormAsync("/Development/Create", new()
        {
            ["Form.OrganizationId"] = Text(branch.Id), ["Form.Name"] = "午夜申请人", ["Form.Sex"] = "Female",
            ["Form.BirthDate"] = new DateOnly(Year - 30, 3, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Form.Education"] = "HighSchool", ["Form.AppliedOn"] = Day(7, 1),
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var applicant = await db.DevelopmentCases.SingleAsync(c => c.Name == "午夜申请人");
        applicant.Stage.ShouldBe(DevelopmentStage.Applicant);
        applicant.AppliedOn.ShouldBe(new DateOnly(Year, 7, 1));
    }

    [Fact]
    public async Task A_meeting_entered_just_after_midnight_eight_days_later_shows_Beijing_time_and_补录()
    {
        var org = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var browser = await Browser.LoginAsync(app, "branch");
        var (_, form) = await browser.GetAsync($"/Meetings/Create?org={org.Id}&kind=GroupMeeting&heldOn={Day(6, 23)}");
        var fields = OrgLifeWorld.Fields(form);
        fields["Form.Topic"] = "学习党章";

        var saved = await browser.Client.PostAsync("/Meetings/Create", new FormUrlEncodedContent(fields));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, details) = await browser.GetAsync(saved.Headers.Location!.ToString());
        details.QuerySelector("#entered")!.TextContent.ShouldStartWith($"{Day(7, 1)} 00:30");
        details.QuerySelector("#late-flag")!.TextContent.ShouldBe("补录");
    }
}
