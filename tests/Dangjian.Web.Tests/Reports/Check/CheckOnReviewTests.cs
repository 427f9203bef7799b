using System.Net;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Reviews;
using Shouldly;

namespace Dangjian.Web.Tests.Reports.Check;

/// <summary>Issue #17: the reviewer sees the checker's findings count beside the submitted report and can open them.</summary>
public sealed class CheckOnReviewTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_participant_page_shows_the_findings_count_and_links_to_the_findings()
    {
        var county = await Browser.LoginAsync(app, "county");
        var previous = await ReviewWeb.CountyPlanAsync(app, app.Clock.Today().Year - 1);
        var (status, page) = await county.GetAsync($"/Reviews/Participant/{await ReviewWeb.ParticipantAsync(app, previous)}");
        status.ShouldBe(HttpStatusCode.OK);
        var check = page.QuerySelector("#report-check")!;
        var count = check.TextContent[..check.TextContent.IndexOf('处')].Replace("述职报告体检：发现问题", "").Trim();

        var (opened, findings) = await county.GetAsync(check.QuerySelector("a")!.GetAttribute("href")!);
        opened.ShouldBe(HttpStatusCode.OK);
        findings.QuerySelector("#summary")!.TextContent.ShouldContain("（已提交），发现问题 " + count + " 处");
        findings.QuerySelectorAll("#findings tbody tr").Length.ShouldBe(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    }
}
