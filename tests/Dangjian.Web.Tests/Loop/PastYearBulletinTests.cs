using System.Globalization;
using System.Net;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Loop;

/// <summary>
/// Last November's bulletin drafted and issued on 4 December of this year (补录): it keeps the 印发 date given, which
/// must lie in the bulletin's own year.
/// </summary>
public sealed class PastYearBulletinTests : IClassFixture<AppFactory>
{
    private static readonly int ThisYear = TimeProvider.System.GetUtcNow().Year;
    private static readonly int LastYear = ThisYear - 1;
    private readonly AppFactory app;

    public PastYearBulletinTests(AppFactory app)
    {
        this.app = app;
        app.Clock.StopAt(new DateTimeOffset(ThisYear, 12, 4, 2, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_bulletin_of_last_year_is_issued_on_the_date_given_within_its_year()
    {
        await using var db = app.NewDbContext();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var drafted = await clerk.PostFormAsync($"/Loop/Bulletins?handler=Draft&year={LastYear}", new() { ["DraftMonth"] = "11" }, "/Loop/Bulletins");
        drafted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edit = drafted.Headers.Location!.ToString();
        var id = int.Parse(edit.Split('/')[^1], CultureInfo.InvariantCulture);
        var (_, page) = await clerk.GetAsync(edit);
        page.QuerySelector("#IssuedOn")!.GetAttribute("value").ShouldBe($"{LastYear}-11-30", "a past year's bulletin proposes the end of its month");
        var fields = new Dictionary<string, string>
        {
            ["Version"] = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!, ["Title"] = "关于11月督查情况的通报",
            ["Text"] = page.QuerySelector("#Text")!.TextContent, ["Confirm"] = "true", ["IssuedOn"] = $"{ThisYear}-12-05",
        };

        var future = await clerk.PostFormAsync($"{edit}?handler=Issue", new(fields), edit);
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(future)).QuerySelector("#issued-on-error")!.TextContent.ShouldContain("印发日期不能晚于今天");

        fields["IssuedOn"] = $"{ThisYear}-01-05";
        var otherYear = await clerk.PostFormAsync($"{edit}?handler=Issue", new(fields), edit);
        otherYear.StatusCode.ShouldBe(HttpStatusCode.OK);
        var shown = await Browser.ParseAsync(otherYear);
        shown.QuerySelector("#issued-on-error")!.TextContent.ShouldContain($"印发日期应在通报所属的{LastYear}年内");
        shown.QuerySelector("#Title")!.GetAttribute("value").ShouldBe("关于11月督查情况的通报", "the refused form keeps what was typed");
        (await db.Bulletins.AsNoTracking().SingleAsync(b => b.Id == id)).Number.ShouldBeNull();

        fields["IssuedOn"] = $"{LastYear}-12-02";
        (await clerk.PostFormAsync($"{edit}?handler=Issue", new(fields), edit)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var issued = await db.Bulletins.AsNoTracking().SingleAsync(b => b.Id == id);
        issued.Number.ShouldNotBeNull();
        issued.IssuedOn.ShouldBe(new DateOnly(LastYear, 12, 2));
        var (_, list) = await clerk.GetAsync($"/Loop/Bulletins?year={LastYear}");
        list.Body!.TextContent.ShouldContain($"{LastYear}-12-02");
    }
}
