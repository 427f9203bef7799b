using System.Globalization;
using System.Net;
using Dangjian.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>
/// The 台账 printed at 00:30 Beijing time on 1 January (16:30 UTC on 31 December): dated 1 January of the new year, the
/// year just ended complete, and entry times in Beijing time.
/// </summary>
[Trait("Clock", "Beijing")]
public sealed class MeetingLedgerBookClockTests : IClassFixture<AppFactory>
{
    private static readonly int Year = TimeProvider.System.GetUtcNow().Year;
    private readonly AppFactory app;

    public MeetingLedgerBookClockTests(AppFactory app)
    {
        this.app = app;
        app.Clock.StopAt(new DateTimeOffset(Year, 12, 31, 16, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Printed_just_after_midnight_on_new_years_day_it_is_dated_1_January_and_shows_entry_times_in_Beijing_time()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        await using var db = app.NewDbContext();
        var first = await db.Meetings.Where(m => m.OrganizationId == branch.Id && m.HeldOn.Year == Year).OrderBy(m => m.HeldOn).ThenBy(m => m.Id)
            .Select(m => m.EnteredAtUtc).FirstAsync();
        var browser = await Browser.LoginAsync(app, "branch");

        var response = await browser.PostFormAsync($"/Meetings/Ledger?org={branch.Id}", new() { ["year"] = Year.ToString(CultureInfo.InvariantCulture) });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain($"制表日期：{Year + 1}年1月1日");
        text.ShouldNotContain("尚未结束");
        text.ShouldContain(DateTime.SpecifyKind(first, DateTimeKind.Utc).AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

        var (_, page) = await browser.GetAsync($"/Meetings/Ledger?org={branch.Id}");
        page.QuerySelector("input[name=year]")!.GetAttribute("value").ShouldBe((Year + 1).ToString(CultureInfo.InvariantCulture));
    }
}
