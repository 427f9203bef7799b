using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Development;
using Dangjian.Core.Members;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Development;

public sealed class DevelopmentPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly Today => app.Clock.Today();

    [Fact]
    public async Task The_demo_township_has_cases_at_every_stage_and_a_due_list()
    {
        await using var db = app.NewDbContext();
        var stages = await db.DevelopmentCases.Where(c => c.Organization!.Parent!.Name == DemoCounty.DetailedTownshipName)
            .Select(c => c.Stage).Distinct().ToListAsync();
        stages.ShouldBe(Enum.GetValues<DevelopmentStage>(), ignoreOrder: true);
        (await db.DevelopmentCases.CountAsync(c => c.State == CaseState.Converted && c.Member!.Status == MemberStatus.Full && c.Member.ConvertedOn != null))
            .ShouldBeGreaterThan(0);

        var browser = await Browser.LoginAsync(app, "clerk");
        var (status, html) = await browser.GetAsync("/Development");
        status.ShouldBe(HttpStatusCode.OK);
        var open = await db.DevelopmentCases.CountAsync(c => c.Organization!.Parent!.Name == DemoCounty.DetailedTownshipName
            && (c.State == CaseState.Open || c.State == CaseState.Converted && c.LastStep < StepNumbers.Last));
        html.QuerySelectorAll("#due tbody tr").Length.ShouldBe(open);
    }

    [Fact]
    public async Task An_application_before_the_eighteenth_birthday_is_refused_with_the_rule()
    {
        await using var db = app.NewDbContext();
        var branch = await db.Organizations.FirstAsync(o => o.Parent!.Name == DemoCounty.DetailedTownshipName);
        var browser = await Browser.LoginAsync(app, "clerk");
        var fields = new Dictionary<string, string>
        {
            ["Form.OrganizationId"] = branch.Id.ToString(CultureInfo.InvariantCulture), ["Form.Name"] = "少年甲", ["Form.Sex"] = "Male",
            ["Form.BirthDate"] = D(Today.AddYears(-18).AddDays(1)), ["Form.Education"] = "HighSchool", ["Form.AppliedOn"] = D(Today),
        };
        var refused = await browser.PostFormAsync("/Development/Create", new(fields));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(refused)).QuerySelector("#applied-error")!.TextContent.ShouldContain("年满18岁方可申请入党");

        fields["Form.BirthDate"] = D(Today.AddYears(-18));
        var saved = await browser.PostFormAsync("/Development/Create", new(fields));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.DevelopmentCases.SingleAsync(c => c.Name == "少年甲")).Stage.ShouldBe(DevelopmentStage.Applicant);
    }

    [Fact]
    public async Task A_talk_after_its_deadline_is_recorded_with_a_reminder()
    {
        await using var db = app.NewDbContext();
        var branch = await db.Organizations.FirstAsync(o => o.Parent!.Name == DemoCounty.DetailedTownshipName);
        var browser = await Browser.LoginAsync(app, "clerk");
        var name = $"逾期谈话{Guid.NewGuid():N}"[..10];
        (await browser.PostFormAsync("/Development/Create", new()
        {
            ["Form.OrganizationId"] = branch.Id.ToString(CultureInfo.InvariantCulture), ["Form.Name"] = name, ["Form.Sex"] = "Male",
            ["Form.BirthDate"] = D(Today.AddYears(-30)), ["Form.Education"] = "HighSchool", ["Form.AppliedOn"] = D(Today.AddMonths(-5)),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await db.DevelopmentCases.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();

        var url = $"/Development/Details/{id}";
        var talk = new Dictionary<string, string> { ["Form.Step"] = "2", ["Form.On"] = D(Today), ["Form.Version"] = "0" };
        var saved = await browser.PostFormAsync(url + "?handler=Record", talk, url);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, page) = await browser.GetAsync(saved.Headers.Location!.ToString());
        var message = page.QuerySelector("p.notice")!.TextContent;
        message.ShouldStartWith("已记录第2步");
        message.ShouldContain("。提醒：");
        message.ShouldContain("已逾期");
    }

    [Fact]
    public async Task Conversion_is_blocked_by_an_exact_half_vote_then_makes_the_member_full()
    {
        await using var db = app.NewDbContext();
        var c = await db.DevelopmentCases.Include(x => x.Steps).FirstAsync(x => x.LastStep == StepNumbers.ConversionApplication && x.State == CaseState.Open);
        var url = $"/Development/Details/{c.Id}";
        var browser = await Browser.LoginAsync(app, "clerk");
        Dictionary<string, string> Vote(int due, int present, int yes) => new()
        {
            ["Form.Step"] = "23", ["Form.On"] = D(Today), ["Form.VotersDue"] = $"{due}", ["Form.VotersPresent"] = $"{present}",
            ["Form.VotesInFavour"] = $"{yes}", ["Form.Version"] = $"{c.Version}",
        };

        var half = await browser.PostFormAsync(url + "?handler=Record", Vote(20, 20, 10), url);
        (await Browser.ParseAsync(half)).QuerySelector("#step-error")!.TextContent.ShouldContain("赞成人数须超过应到会有表决权的正式党员的半数");
        (await browser.PostFormAsync(url + "?handler=Record", Vote(20, 11, 11), url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var version = (await db.DevelopmentCases.AsNoTracking().SingleAsync(x => x.Id == c.Id)).Version;
        var approve = new Dictionary<string, string> { ["Form.Step"] = "24", ["Form.On"] = D(Today), ["Form.Version"] = $"{version}" };
        (await browser.PostFormAsync(url + "?handler=Record", approve, url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var done = await db.DevelopmentCases.AsNoTracking().Include(x => x.Member).Include(x => x.Steps).SingleAsync(x => x.Id == c.Id);
        done.State.ShouldBe(CaseState.Converted);
        done.Member!.Status.ShouldBe(MemberStatus.Full);
        var vote = done.Steps.Single(s => s.Step == StepNumbers.AdmissionVote).CompletedOn;
        done.Member.ConvertedOn.ShouldBe(vote.AddYears(1));
        done.Member.JoinedOn.ShouldBe(vote);
    }

    [Fact]
    public async Task A_liaison_leader_sees_cases_but_may_not_record_steps()
    {
        await using var db = app.NewDbContext();
        var browser = await Browser.LoginAsync(app, "liaison");
        var (_, list) = await browser.GetAsync("/Development");
        var link = list.QuerySelector("#due tbody a")!.GetAttribute("href")!;
        var (status, page) = await browser.GetAsync(link);
        status.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#record-step").ShouldBeNull();
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await browser.GetAsync("/Account/ChangePassword")).Html.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await browser.Client.PostAsync(link + "?handler=Record",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Form.On"] = D(Today) }));
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (response.Headers.Location?.ToString() ?? "/Account/Denied").ShouldContain("/Account/Denied");
    }

    [Fact]
    public async Task The_calendar_holds_2025_and_2026_and_only_the_county_edits_it()
    {
        await using var db = app.NewDbContext();
        (await db.CalendarDays.CountAsync()).ShouldBeGreaterThanOrEqualTo(ChinaHolidays.Days.Count);
        (await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2026, 2, 14))).IsWorkday.ShouldBeTrue();

        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, html) = await clerk.GetAsync("/Development/Calendar?year=2026");
        html.QuerySelectorAll("#calendar tbody tr").Length.ShouldBe(ChinaHolidays.Days.Count(d => d.Date.Year == 2026));
        var refused = await clerk.PostFormAsync("/Development/Calendar?handler=Save", new() { ["date"] = "2027-01-01", ["name"] = "元旦" }, "/Account/ChangePassword");
        refused.Headers.Location?.ToString().ShouldContain("/Account/Denied");

        var county = await Browser.LoginAsync(app, "county");
        (await county.PostFormAsync("/Development/Calendar?handler=Save", new() { ["date"] = "2027-01-01", ["name"] = "元旦" }, "/Development/Calendar"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2027, 1, 1))).IsWorkday.ShouldBeFalse();
    }
}
