using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Loop;

public sealed class RectificationPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Token = "/Account/ChangePassword";

    private async Task<Organization> FirstVillageAsync()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        return await db.Organizations.Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village).OrderBy(o => o.SortOrder).FirstAsync();
    }

    [Fact]
    public async Task Only_the_township_that_raised_an_item_signs_it_off_and_every_change_is_recorded()
    {
        var village = await FirstVillageAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var problem = $"测试问题{Guid.NewGuid():N}";
        var raised = await clerk.PostFormAsync("/Loop/Rectification/Create", new()
        {
            ["Form.OrganizationId"] = village.Id.ToString(CultureInfo.InvariantCulture), ["Form.Source"] = "SelfFound",
            ["Form.Problem"] = problem, ["Form.Deadline"] = "2030-01-31",
        });
        raised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var item = await db.RectificationItems.AsNoTracking().SingleAsync(r => r.Problem == problem);
        var url = $"/Loop/Rectification/Details/{item.Id}";

        var branch = await Browser.LoginAsync(app, "branch");
        (await branch.PostFormAsync($"{url}?handler=SignOff", new() { ["Version"] = "0" }, Token)).IsDenied().ShouldBeTrue();
        var submitted = await branch.PostFormAsync($"{url}?handler=Submit", new() { ["Version"] = item.Version.ToString(CultureInfo.InvariantCulture), ["Evidence"] = "整改报告" });
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var version = (await db.RectificationItems.AsNoTracking().SingleAsync(r => r.Id == item.Id)).Version;
        // Still refused after evidence is in: a branch never signs off its own item.
        (await branch.PostFormAsync($"{url}?handler=SignOff", new() { ["Version"] = version.ToString(CultureInfo.InvariantCulture) }, Token)).IsDenied().ShouldBeTrue();
        var liaison = await Browser.LoginAsync(app, "liaison");
        (await liaison.Client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (_, page) = await clerk.GetAsync(url);
        page.QuerySelector("form#signoff").ShouldNotBeNull();
        var unconfirmed = await clerk.PostFormAsync($"{url}?handler=SignOff", new() { ["Version"] = version.ToString(CultureInfo.InvariantCulture), ["Note"] = "同意销号" });
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.OK, "销号 without the confirmation does nothing");
        var refusal = await Browser.ParseAsync(unconfirmed);
        refusal.QuerySelector("#Confirm")!.ParentElement!.NextElementSibling!.TextContent.ShouldContain("确认销号");
        refusal.QuerySelector("#status")!.TextContent.ShouldNotBe("已销号");
        (await clerk.PostFormAsync($"{url}?handler=SignOff", new() { ["Version"] = version.ToString(CultureInfo.InvariantCulture), ["Note"] = "同意销号", ["Confirm"] = "true" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var done = await db.RectificationItems.AsNoTracking().Include(r => r.Changes).SingleAsync(r => r.Id == item.Id);
        done.Status.ShouldBe(RectificationStatus.SignedOff);
        done.Changes.OrderBy(c => c.Id).Select(c => c.To).ShouldBe([RectificationStatus.Open, RectificationStatus.Submitted, RectificationStatus.SignedOff]);
        var (_, history) = await branch.GetAsync(url);
        history.QuerySelectorAll("#history tbody tr").Length.ShouldBe(3);
        history.QuerySelector("#status")!.TextContent.ShouldBe("已销号");
    }

    [Fact]
    public async Task Overdue_items_show_their_escalation_and_the_dashboard_counts_them_by_branch()
    {
        var secretary = await Browser.LoginAsync(app, "secretary");
        var (status, html) = await secretary.GetAsync("/Loop/Rectification?state=overdue");
        status.ShouldBe(HttpStatusCode.OK);
        var rows = html.QuerySelectorAll("#items tbody tr");
        rows.Length.ShouldBeGreaterThan(0, "the demo township has overdue items");
        rows.ShouldAllBe(r => r.ClassName == "overdue");
        html.QuerySelector("#items")!.TextContent.ShouldContain("超期");

        var (_, desk) = await secretary.GetAsync("/Loop");
        desk.QuerySelectorAll("#overdue tbody tr").Length.ShouldBe(rows.Length);
        desk.QuerySelectorAll("#branches tbody tr").Length.ShouldBeGreaterThan(5);

        // The county sees only items escalated to it (7 days overdue by the default policy), not the fresh ones.
        var county = await Browser.LoginAsync(app, "county");
        var (_, countyDesk) = await county.GetAsync("/Loop");
        var escalated = countyDesk.QuerySelectorAll("#overdue tbody tr");
        escalated.ShouldAllBe(r => r.Children[3].TextContent != EscalationPolicy.Default.Steps[0].Label);
        var notYet = countyDesk.QuerySelector("#not-escalated")?.TextContent ?? "";
        (escalated.Length + (notYet.Length == 0 ? 0 : int.Parse(System.Text.RegularExpressions.Regex.Match(notYet, @"\d+").Value, CultureInfo.InvariantCulture)))
            .ShouldBeGreaterThanOrEqualTo(rows.Length);

        var liaison = await Browser.LoginAsync(app, "liaison");
        var (_, own) = await liaison.GetAsync("/Loop");
        own.QuerySelectorAll("#branches tbody tr").Length.ShouldBeLessThanOrEqualTo(2);
    }
}
