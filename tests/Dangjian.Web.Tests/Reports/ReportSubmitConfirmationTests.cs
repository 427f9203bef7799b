using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>提交 freezes a duty report for good, so the server asks for the ticked confirmation (as 印发 and 销号 do), not only a script dialog.</summary>
public sealed class ReportSubmitConfirmationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_draft_is_submitted_only_with_the_confirmation_ticked_and_the_refusal_shows_beside_the_box()
    {
        var year = app.Clock.Today().Year;
        await using var db = app.NewDbContext();
        var township = (await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName)).Id;
        var clerk = await Browser.LoginAsync(app, "clerk");
        (await clerk.PostFormAsync($"/Reports/Compose?org={township}", new() { ["Year"] = year.ToString(CultureInfo.InvariantCulture), ["Plans"] = "深化党建品牌建设" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draftUrl = $"/Reports/Draft?org={township}&year={year}";
        var submit = $"/Reports/Edit?org={township}&year={year}&handler=Submit";
        Task<ReportState> StateAsync() => db.ReportDrafts.AsNoTracking().Where(d => d.OrganizationId == township && d.Year == year)
            .OrderByDescending(d => d.Id).Select(d => d.State).FirstAsync();

        var (_, shown) = await clerk.GetAsync(draftUrl);
        shown.QuerySelector("form#submit-report #Confirm").ShouldNotBeNull();
        (await clerk.PostFormAsync(submit, new(), draftUrl)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateAsync()).ShouldBe(ReportState.Draft, "提交 without the confirmation does nothing");
        var (_, refused) = await clerk.GetAsync(draftUrl);
        refused.QuerySelector("#Confirm")!.ParentElement!.NextElementSibling!.TextContent.ShouldContain("确认提交");
        refused.QuerySelector("#state")!.TextContent.ShouldContain("草稿");

        (await clerk.PostFormAsync(submit, new() { ["Confirm"] = "true" }, draftUrl)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateAsync()).ShouldBe(ReportState.Submitted);
    }
}
