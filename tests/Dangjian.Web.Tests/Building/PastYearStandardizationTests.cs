using System.Globalization;
using System.Net;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Building;

/// <summary>
/// Last year's standardization check entered on 4 December of this year (补录): the self-check and the acceptance
/// keep the dates given, not the day they were typed in.
/// </summary>
public sealed class PastYearStandardizationTests : IClassFixture<AppFactory>
{
    private static readonly int ThisYear = TimeProvider.System.GetUtcNow().Year;
    private static readonly int LastYear = ThisYear - 1;
    private readonly AppFactory app;

    public PastYearStandardizationTests(AppFactory app)
    {
        this.app = app;
        app.Clock.StopAt(new DateTimeOffset(ThisYear, 12, 4, 2, 0, 0, TimeSpan.Zero));
    }

    private static string Day(int month, int day) => new DateOnly(LastYear, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Self_check_and_acceptance_of_last_year_keep_their_dates()
    {
        await using var db = app.NewDbContext();
        var page = $"/Building/Standardization?year={LastYear}";
        var branch = await Browser.LoginAsync(app, "branch");
        var (_, form) = await branch.GetAsync(page);
        form.QuerySelector("#selfCheckedOn")!.GetAttribute("value").ShouldBe($"{ThisYear}-12-04");
        var org = form.QuerySelector("#organizationId option")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>
        {
            ["organizationId"] = org, ["year"] = $"{LastYear}", ["items"] = "A1", ["venueArea"] = "150", ["note"] = "补录", ["selfCheckedOn"] = $"{ThisYear}-12-05",
        };

        var future = await branch.PostFormAsync("/Building/Standardization?handler=SelfCheck", new(fields), page);
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        var shown = await Browser.ParseAsync(future);
        shown.QuerySelector("#self-checked-on-error")!.TextContent.ShouldContain("自查日期不能晚于今天");
        shown.QuerySelector("#venueArea")!.GetAttribute("value").ShouldBe("150", "the refused form keeps what was typed");
        shown.QuerySelector("input[name=items][value=A1]")!.HasAttribute("checked").ShouldBeTrue();
        var orgId = int.Parse(org, CultureInfo.InvariantCulture);
        (await db.StandardizationChecks.AnyAsync(c => c.OrganizationId == orgId && c.Year == LastYear)).ShouldBeFalse();

        fields["selfCheckedOn"] = "abc";
        var unreadable = await branch.PostFormAsync("/Building/Standardization?handler=SelfCheck", new(fields), page);
        (await Browser.ParseAsync(unreadable)).QuerySelector("#self-checked-on-error")!.TextContent.ShouldContain("“abc”无法识别");
        (await db.StandardizationChecks.AnyAsync(c => c.OrganizationId == orgId && c.Year == LastYear)).ShouldBeFalse("an unreadable date is not taken for today");

        fields["selfCheckedOn"] = Day(10, 20);
        (await branch.PostFormAsync("/Building/Standardization?handler=SelfCheck", new(fields), page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var check = await db.StandardizationChecks.AsNoTracking().SingleAsync(c => c.OrganizationId == orgId && c.Year == LastYear);
        check.SelfCheckedOn.ShouldBe(new DateOnly(LastYear, 10, 20));

        var clerk = await Browser.LoginAsync(app, "clerk");
        var id = check.Id.ToString(CultureInfo.InvariantCulture);
        var early = await clerk.PostFormAsync("/Building/Standardization?handler=Accept", new() { ["checkId"] = id, ["accepted"] = "true", ["acceptedOn"] = Day(10, 19) }, page);
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(early)).QuerySelector($"#accept-{id} .error")!.TextContent.ShouldContain("验收日期不能早于自查日期");
        (await clerk.PostFormAsync("/Building/Standardization?handler=Accept", new() { ["checkId"] = id, ["accepted"] = "true", ["acceptedOn"] = Day(11, 3) }, page))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var accepted = await db.StandardizationChecks.AsNoTracking().SingleAsync(c => c.Id == check.Id);
        accepted.Accepted.ShouldBe(true);
        accepted.AcceptedOn.ShouldBe(new DateOnly(LastYear, 11, 3));
    }
}
