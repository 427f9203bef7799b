using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Members;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Members;

/// <summary>A member who died or stopped last year is recorded with that day, apart from the day it is entered.</summary>
public sealed class MemberStateDateTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_state_change_keeps_its_own_date_and_a_future_date_is_refused_beside_the_field()
    {
        int id;
        await using (var db = app.NewDbContext())
        {
            id = await db.Members.Where(m => m.Organization!.Parent!.Name == DemoCounty.DetailedTownshipName && m.State == MemberState.Active)
                .OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync();
        }

        var today = app.Clock.Today();
        var lastYear = new DateOnly(today.Year - 1, 3, 15);
        var browser = await Browser.LoginAsync(app, "clerk");
        var page = $"/Members/Transfer/{id}";
        var version = (await browser.GetAsync(page)).Html.QuerySelector("#state-form input[name='StateChange.Version']")!.GetAttribute("value")!;

        var refused = await browser.PostFormAsync($"{page}?handler=State", new()
        {
            ["StateChange.State"] = nameof(MemberState.Deceased), ["StateChange.Version"] = version,
            ["StateChange.On"] = today.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, page);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(refused)).QuerySelector("#state-on-error")!.TextContent.ShouldContain("不能晚于今天");
        await using (var db = app.NewDbContext())
        {
            (await db.Members.SingleAsync(m => m.Id == id)).State.ShouldBe(MemberState.Active, "nothing saved");
        }

        var saved = await browser.PostFormAsync($"{page}?handler=State", new()
        {
            ["StateChange.State"] = nameof(MemberState.Deceased), ["StateChange.Version"] = version,
            ["StateChange.On"] = lastYear.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, page);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.NewDbContext())
        {
            var member = await db.Members.SingleAsync(m => m.Id == id);
            member.State.ShouldBe(MemberState.Deceased);
            member.StateChangedOn.ShouldBe(lastYear);
        }

        (await browser.GetAsync($"/Members/Details/{id}")).Html.QuerySelector("h1")!.TextContent.ShouldContain(lastYear.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
