using System.Globalization;
using System.Net;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Demo;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Loop;

/// <summary>
/// A past year entered completely (补录): on 4 December (10:00 Beijing time) the clerk records facts of 15 March of the
/// year before. Each record keeps the day the fact happened, apart from the moment it was entered, and counts in that
/// year's indicators.
/// </summary>
public sealed class PastYearEntryTests : IClassFixture<AppFactory>
{
    private static readonly int ThisYear = TimeProvider.System.GetUtcNow().Year;
    private static readonly int LastYear = ThisYear - 1;
    private readonly AppFactory app;

    public PastYearEntryTests(AppFactory app)
    {
        this.app = app;
        app.Clock.StopAt(new DateTimeOffset(ThisYear, 12, 4, 2, 0, 0, TimeSpan.Zero));
    }

    private static string Day(int year, int month, int day) => new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<(Organization Township, Organization Village)> PlacesAsync()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var village = await db.Organizations.AsNoTracking().Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village).OrderBy(o => o.SortOrder).FirstAsync();
        return (township, village);
    }

    private async Task<decimal> CountAsync(string indicator, Organization organization, int year)
    {
        await using var db = app.NewDbContext();
        var value = await new IndicatorService(db, IndicatorCatalog.Builtin, new DateOnly(ThisYear, 12, 4)).ComputeAsync(indicator, organization, year);
        return value.Figure?.Value ?? 0;
    }

    private async Task<RectificationItem> RaiseLastYearAsync(Browser clerk, Organization village, string problem)
    {
        (await clerk.PostFormAsync("/Loop/Rectification/Create", new()
        {
            ["Form.OrganizationId"] = Text(village.Id), ["Form.Source"] = "SelfFound", ["Form.Problem"] = problem,
            ["Form.RaisedOn"] = Day(LastYear, 3, 15), ["Form.Deadline"] = Day(LastYear, 4, 30),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        return await db.RectificationItems.AsNoTracking().Include(r => r.Changes).SingleAsync(r => r.Problem == problem);
    }

    [Fact]
    public async Task A_rectification_item_of_last_year_keeps_its_date_and_counts_in_last_years_figures()
    {
        var (township, village) = await PlacesAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var before = (Last: await CountAsync("rectification.raised", township, LastYear), This: await CountAsync("rectification.raised", township, ThisYear));

        var item = await RaiseLastYearAsync(clerk, village, $"往年问题{Guid.NewGuid():N}");

        item.RaisedOn.ShouldBe(new DateOnly(LastYear, 3, 15));
        item.Changes.Single().ChangedAt.ShouldBe(new DateTime(ThisYear, 12, 4, 2, 0, 0, DateTimeKind.Utc), "the entry instant stays in the history: 补录 is read from the two");
        (await CountAsync("rectification.raised", township, LastYear)).ShouldBe(before.Last + 1);
        (await CountAsync("rectification.raised", township, ThisYear)).ShouldBe(before.This);
    }

    [Fact]
    public async Task Submission_and_sign_off_of_last_year_are_dated_last_year_and_count_as_closed_on_time()
    {
        var (township, village) = await PlacesAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var before = await CountAsync("rectification.raised-signed-off-on-time", township, LastYear);
        var item = await RaiseLastYearAsync(clerk, village, $"往年销号{Guid.NewGuid():N}");
        var url = $"/Loop/Rectification/Details/{item.Id}";

        (await clerk.PostFormAsync($"{url}?handler=Submit", new() { ["Version"] = Text(item.Version), ["Evidence"] = "整改报告", ["On"] = Day(LastYear, 4, 10) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var version = (await db.RectificationItems.AsNoTracking().SingleAsync(r => r.Id == item.Id)).Version;
        (await clerk.PostFormAsync($"{url}?handler=SignOff", new() { ["Version"] = Text(version), ["Confirm"] = "true", ["On"] = Day(LastYear, 4, 20) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var done = await db.RectificationItems.AsNoTracking().SingleAsync(r => r.Id == item.Id);
        (done.SubmittedOn, done.SignedOffOn).ShouldBe((new DateOnly(LastYear, 4, 10), new DateOnly(LastYear, 4, 20)));
        RectificationStates.Of(done, new DateOnly(LastYear, 12, 31)).ShouldBe(RectificationState.SignedOff);
        (await CountAsync("rectification.raised-signed-off-on-time", township, LastYear)).ShouldBe(before + 1);
    }

    [Fact]
    public async Task A_sign_off_date_before_the_submission_or_after_today_is_refused_beside_the_field()
    {
        var (_, village) = await PlacesAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var item = await RaiseLastYearAsync(clerk, village, $"日期有误{Guid.NewGuid():N}");
        var url = $"/Loop/Rectification/Details/{item.Id}";

        var future = await clerk.PostFormAsync($"{url}?handler=Submit", new() { ["Version"] = Text(item.Version), ["Evidence"] = "整改报告", ["On"] = Day(ThisYear, 12, 5) });
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(future)).QuerySelector("#SubmitOn")!.NextElementSibling!.TextContent.ShouldContain("报送日期不能晚于今天");
        var early = await clerk.PostFormAsync($"{url}?handler=Submit", new() { ["Version"] = Text(item.Version), ["Evidence"] = "整改报告", ["On"] = Day(LastYear, 3, 1) });
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(early)).QuerySelector("#SubmitOn")!.NextElementSibling!.TextContent.ShouldContain("报送日期不能早于交办日期");

        await using var db = app.NewDbContext();
        (await db.RectificationItems.AsNoTracking().SingleAsync(r => r.Id == item.Id)).Status.ShouldBe(RectificationStatus.Open);
    }

    [Fact]
    public async Task A_raise_date_in_the_future_or_before_2000_is_refused_beside_the_field_and_nothing_is_saved()
    {
        var (_, village) = await PlacesAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var problem = $"日期越界{Guid.NewGuid():N}";
        foreach (var (raisedOn, message) in new[] { (Day(ThisYear, 12, 5), "交办日期不能晚于今天"), ("1999-12-31", "交办日期不能早于2000年1月1日") })
        {
            var refused = await clerk.PostFormAsync("/Loop/Rectification/Create", new()
            {
                ["Form.OrganizationId"] = Text(village.Id), ["Form.Source"] = "SelfFound", ["Form.Problem"] = problem,
                ["Form.RaisedOn"] = raisedOn, ["Form.Deadline"] = Day(ThisYear + 1, 1, 31),
            });
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = await Browser.ParseAsync(refused);
            page.QuerySelector("#Form_RaisedOn")!.NextElementSibling!.TextContent.ShouldContain(message);
            page.QuerySelector("#Form_Problem")!.TextContent.ShouldBe(problem, "nothing typed is lost");
        }

        await using var db = app.NewDbContext();
        (await db.RectificationItems.CountAsync(r => r.Problem == problem)).ShouldBe(0);
    }

    [Fact]
    public async Task A_finding_of_last_years_inspection_sends_its_notice_and_raises_its_item_on_the_day_entered()
    {
        var (township, village) = await PlacesAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var title = $"往年专项督查{Guid.NewGuid():N}";
        (await clerk.PostFormAsync("/Loop/Inspections/Create", new()
        {
            ["Form.Kind"] = "Special", ["Form.Title"] = title, ["Form.StartedOn"] = Day(LastYear, 3, 1), ["Form.Round"] = "9",
            ["Form.Inspectors"] = "张三、李四", ["Form.Targets"] = Text(village.Id),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var inspection = await db.Inspections.AsNoTracking().SingleAsync(i => i.Title == title);
        var before = await CountAsync("rectification.raised", township, LastYear);
        var description = $"往年督查发现{Guid.NewGuid():N}";

        (await clerk.PostFormAsync($"/Loop/Inspections/Details/{inspection.Id}?handler=Finding", new()
        {
            ["Form.OrganizationId"] = Text(village.Id), ["Form.Description"] = description, ["Form.SendNotice"] = "true",
            ["Form.On"] = Day(LastYear, 3, 15), ["Form.Deadline"] = Day(LastYear, 4, 30),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var finding = await db.Findings.AsNoTracking().SingleAsync(f => f.Description == description);
        finding.NoticeSentOn.ShouldBe(new DateOnly(LastYear, 3, 15));
        (await db.RectificationItems.AsNoTracking().SingleAsync(r => r.FindingId == finding.Id)).RaisedOn.ShouldBe(new DateOnly(LastYear, 3, 15));
        (await CountAsync("rectification.raised", township, LastYear)).ShouldBe(before + 1);

        var early = await clerk.PostFormAsync($"/Loop/Inspections/Details/{inspection.Id}?handler=Finding", new()
        {
            ["Form.OrganizationId"] = Text(village.Id), ["Form.Description"] = description + "甲", ["Form.On"] = Day(LastYear, 2, 28),
        });
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(early)).QuerySelector("#Form_On")!.NextElementSibling!.TextContent.ShouldContain("不能早于督查开始日期");
    }

    [Fact]
    public async Task A_red_black_list_entry_of_last_year_is_saved_under_last_year()
    {
        var (_, village) = await PlacesAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var reason = $"往年红榜{Guid.NewGuid():N}";
        var (_, form) = await clerk.GetAsync($"/Loop/HonorRoll?year={LastYear}");
        form.QuerySelector("#Form_Year")!.GetAttribute("value").ShouldBe(Text(LastYear), "the form proposes the year shown");

        (await clerk.PostFormAsync("/Loop/HonorRoll", new()
        {
            ["Form.OrganizationId"] = Text(village.Id), ["Form.Roll"] = "Red", ["Form.Year"] = Text(LastYear), ["Form.Period"] = $"{LastYear}年第一季度", ["Form.Reason"] = reason,
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = app.NewDbContext();
        (await db.HonorRollEntries.AsNoTracking().SingleAsync(h => h.Reason == reason)).Year.ShouldBe(LastYear);
        var (_, page) = await clerk.GetAsync($"/Loop/HonorRoll?year={LastYear}");
        page.QuerySelector("#roll")!.TextContent.ShouldContain(reason);
        var future = await clerk.PostFormAsync("/Loop/HonorRoll", new()
        {
            ["Form.OrganizationId"] = Text(village.Id), ["Form.Roll"] = "Black", ["Form.Year"] = Text(ThisYear + 1), ["Form.Period"] = "明年", ["Form.Reason"] = reason,
        });
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(future)).QuerySelector("#Form_Year")!.NextElementSibling!.TextContent.ShouldContain("年度不能晚于今年");
    }

    [Fact]
    public async Task A_work_record_of_last_year_counts_in_last_years_figure_and_a_future_one_is_refused_beside_the_date()
    {
        var (township, _) = await PlacesAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        int category;
        await using (var db = app.NewDbContext())
        {
            category = await db.WorkCategories.Where(c => c.Code == "study-trip" && c.OrganizationId == null).Select(c => c.Id).SingleAsync();
        }

        var before = await CountAsync("work.study-trip", township, LastYear);
        Dictionary<string, string> Record(string heldOn) => new()
        {
            ["Form.OrganizationId"] = Text(township.Id), ["Form.CategoryId"] = Text(category), ["Form.HeldOn"] = heldOn,
            ["Form.Title"] = "往年考察学习", ["Form.Quantity"] = "1", ["Form.Participants"] = "12",
        };

        (await clerk.PostFormAsync("/WorkRecords/Create", Record(Day(LastYear, 3, 15)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CountAsync("work.study-trip", township, LastYear)).ShouldBe(before + 1);
        var future = await clerk.PostFormAsync("/WorkRecords/Create", Record(Day(ThisYear, 12, 5)));
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(future)).QuerySelector("#Form_HeldOn")!.NextElementSibling!.TextContent.ShouldContain("日期不能晚于今天");
    }

    [Fact]
    public async Task A_commitment_of_last_year_fulfilled_last_year_counts_in_last_years_rate()
    {
        var (township, village) = await PlacesAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var content = $"往年承诺{Guid.NewGuid():N}";
        (await clerk.PostFormAsync("/Loop/Commitments", new()
        {
            ["Form.OrganizationId"] = Text(village.Id), ["Form.Content"] = content, ["Form.DueOn"] = Day(LastYear, 6, 30),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var commitment = await db.Commitments.AsNoTracking().SingleAsync(c => c.Content == content);
        var lastYears = db.Commitments.Where(c => c.Year == LastYear && c.Organization!.Path.StartsWith(township.Path));
        var before = FulfilmentRate.Of(lastYears, new DateOnly(LastYear, 12, 31));

        (await clerk.PostFormAsync("/Loop/Commitments?handler=Progress", new()
        {
            ["commitment"] = Text(commitment.Id), ["progress"] = "已完成", ["fulfilled"] = "true", ["fulfilledOn"] = Day(LastYear, 6, 20),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await db.Commitments.AsNoTracking().SingleAsync(c => c.Id == commitment.Id)).FulfilledOn.ShouldBe(new DateOnly(LastYear, 6, 20));
        FulfilmentRate.Of(lastYears, new DateOnly(LastYear, 12, 31)).ShouldBe(before with { Fulfilled = before.Fulfilled + 1 });
    }
}
