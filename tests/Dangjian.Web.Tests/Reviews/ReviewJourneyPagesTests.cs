using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reviews;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Loop;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Dangjian.Web.Tests.Reviews;

/// <summary>
/// This year's open review end to end: the township submits its report; the county reads it beside the indicators,
/// follows a figure, comments (the township finds a rectification item), enters ballots, publishes; both see the results
/// they may; the results table and bulletin download.
/// </summary>
public sealed class ReviewJourneyPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task County_reviews_comments_enters_ballots_and_publishes_and_the_township_sees_its_row()
    {
        var year = ReviewWeb.Year(app);
        var plan = await ReviewWeb.CountyPlanAsync(app, year);
        var planUrl = $"/Reviews/Plan/{plan}";
        var secretary = await SubmitReportAsync(year);
        var county = await Browser.LoginAsync(app, "county");

        var (_, before) = await secretary.GetAsync(planUrl);
        before.QuerySelector("#not-published").ShouldNotBeNull();
        before.QuerySelectorAll("#participants tbody tr").Select(r => r.GetAttribute("data-org")).ShouldBe([DemoCounty.DetailedTownshipName]);
        before.QuerySelector("#participants .total").ShouldBeNull();

        var (_, overview) = await county.GetAsync(planUrl);
        var rows = overview.QuerySelectorAll("#participants tbody tr");
        rows.Length.ShouldBe(5);
        rows.Single(r => r.GetAttribute("data-org") == DemoCounty.DetailedTownshipName).TextContent.ShouldContain("已提交");
        overview.QuerySelector("#missing")!.TextContent.ShouldContain("尚未录入民主测评票");

        var participant = await ReviewWeb.ParticipantAsync(app, plan);
        var participantUrl = $"/Reviews/Participant/{participant}";
        var (_, working) = await county.GetAsync(participantUrl);
        working.QuerySelector("#report .report-title")!.TextContent.ShouldBe($"青石镇党委书记{year}年度抓基层党建工作述职报告");
        working.QuerySelectorAll("#review-indicators tbody tr").Length.ShouldBe(6);
        var fig = working.QuerySelector("#report a.fig[data-indicator='meetings.committee']")!;
        var (_, figure) = await county.GetAsync(fig.GetAttribute("href")!);
        figure.QuerySelector("#indicator-name")!.TextContent.ShouldBe("党委会议");
        figure.QuerySelectorAll("#figure-records tbody tr").Length.ShouldBe(int.Parse(fig.TextContent.TrimEnd('次'), CultureInfo.InvariantCulture));

        var (_, empty) = await PostAsync(county, $"{participantUrl}?handler=Comment", new() { ["Comment.Text"] = " ", ["Comment.Reviewer"] = "县委书记" }, participantUrl);
        empty.QuerySelector("#comment-errors")!.TextContent.ShouldContain("请填写点评内容");
        const string text = "党建引领基层治理的办法不多，网格党支部作用发挥不够。";
        var (commented, _) = await PostAsync(county, $"{participantUrl}?handler=Comment", new() { ["Comment.Text"] = text, ["Comment.Reviewer"] = "县委书记 张某" }, participantUrl);
        commented.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, items) = await secretary.GetAsync("/Loop/Rectification");
        items.QuerySelectorAll("#items tbody tr").ShouldContain(r => r.TextContent.Contains(text) && r.TextContent.Contains("述职评议点评") && r.TextContent.Contains($"{year + 1}-06-30"));
        var (_, ownBefore) = await secretary.GetAsync(participantUrl);
        ownBefore.QuerySelector("#comments").ShouldBeNull();

        var (unconfirmed, refusal) = await PostAsync(county, $"{planUrl}?handler=Publish", new(), planUrl);
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        refusal.QuerySelector("#errors")!.TextContent.ShouldContain("请勾选");
        (_, refusal) = await PostAsync(county, $"{planUrl}?handler=Publish", new() { ["Confirm"] = "true" }, planUrl);
        refusal.QuerySelector("#errors")!.TextContent.ShouldContain("尚未录入民主测评票");

        await using var db = app.NewDbContext();
        var all = await db.ReviewParticipants.Where(x => x.PlanId == plan).OrderBy(x => x.Id).Select(x => x.Id).ToListAsync();
        for (var i = 0; i < all.Count; i++)
        {
            var (saved, _) = await ReviewWeb.BallotsAsync(county, all[i], 40, 30 - 4 * i, 6 + i, 2 + i, i, score: ReviewWeb.Text(92 - 3 * i));
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await PostAsync(county, $"{planUrl}?handler=Compute", new(), planUrl)).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(county, $"{planUrl}?handler=Publish", new() { ["Confirm"] = "true" }, planUrl)).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (_, published) = await county.GetAsync(planUrl);
        published.QuerySelector("#state")!.TextContent.ShouldContain("已公布");
        published.QuerySelectorAll("#participants tbody tr td:first-child").Select(c => c.TextContent).ShouldBe(["1", "2", "3", "4", "5"]);
        published.QuerySelectorAll("#participants .flag").Count(c => c.TextContent == "约谈").ShouldBe(1);
        var flagged = await db.ReviewParticipants.AsNoTracking().Include(x => x.Talk).SingleAsync(x => x.PlanId == plan && x.Flagged);
        flagged.Rank.ShouldBe(5);
        flagged.Talk!.Reason.ShouldContain($"{year}年度抓基层党建工作述职评议考核综合排名第5名");

        var (_, ownRow) = await secretary.GetAsync(planUrl);
        ownRow.QuerySelectorAll("#participants tbody tr").Length.ShouldBe(1);
        ownRow.QuerySelector("#participants .grade")!.TextContent.ShouldNotBe("—");
        var (_, ownPage) = await secretary.GetAsync(participantUrl);
        ownPage.QuerySelector("#score")!.TextContent.ShouldContain("综合得分");
        var comment = ownPage.QuerySelectorAll("#comments tbody tr").Single(r => r.TextContent.Contains(text));
        comment.QuerySelector(".status")!.TextContent.ShouldBe("整改中");
        var itemId = await db.RectificationItems.Where(r => r.Problem == text && r.Source == RectificationSource.ReviewComment).Select(r => r.Id).SingleAsync();
        comment.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/Loop/Rectification/Details/{itemId}");

        await DownloadsAsync(county, secretary, plan, text);
    }

    private async Task DownloadsAsync(Browser county, Browser secretary, int plan, string comment)
    {
        var planUrl = $"/Reviews/Plan/{plan}";
        var xlsx = await county.PostFormAsync($"/Reviews/Download/{plan}?format=xlsx", new(), planUrl);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using (var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var rows = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<X.Row>().Select(r => r.Elements<X.Cell>().Select(c => c.InnerText).ToList()).ToList();
            rows[0].ShouldBe(ReviewResultsExport.Headers);
            rows.Skip(1).Select(r => r[0]).ShouldBe(["1", "2", "3", "4", "5"]);
            rows.ShouldContain(r => r[1] == DemoCounty.DetailedTownshipName);
            rows[5][8].ShouldBe("约谈");
        }

        var docx = await county.PostFormAsync($"/Reviews/Download/{plan}?format=docx", new(), planUrl);
        var folder = Directory.CreateDirectory(Path.Combine(Environment.GetEnvironmentVariable("DANGJIAN_ARTIFACTS") is { Length: > 0 } a ? a : Path.GetTempPath(), "documents")).FullName;
        var path = Path.Combine(folder, $"review-web-{app.Database.Provider.ToLowerInvariant()}.docx");
        await File.WriteAllBytesAsync(path, await docx.Content.ReadAsByteArrayAsync());
        using (var word = WordprocessingDocument.Open(path, false))
        {
            var body = word.MainDocumentPart!.Document.Body!.InnerText;
            body.ShouldContain($"关于{ReviewWeb.Year(app)}年度抓基层党建工作述职评议考核结果的通报");
            body.ShouldContain("青石镇党委：" + comment.TrimEnd('。'));
        }

        await using var db = app.NewDbContext();
        (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(ReviewPlan) && e.TargetId == plan.ToString(CultureInfo.InvariantCulture)
            && e.Action == Core.Audit.AuditAction.Export)).ShouldBe(2);
        (await secretary.PostFormAsync($"/Reviews/Download/{plan}?format=xlsx", new(), "/Account/ChangePassword")).IsDenied().ShouldBeTrue();
    }

    /// <summary>The secretary composes and submits this year's report; it is attached to the open review at once.</summary>
    private async Task<Browser> SubmitReportAsync(int year)
    {
        await using var db = app.NewDbContext();
        var township = (await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName)).Id;
        var secretary = await Browser.LoginAsync(app, "secretary");
        (await secretary.PostFormAsync($"/Reports/Compose?org={township}", new() { ["Year"] = ReviewWeb.Text(year), ["Plans"] = "深化党建品牌建设" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draftUrl = $"/Reports/Draft?org={township}&year={year}";
        (await secretary.PostFormAsync($"/Reports/Edit?org={township}&year={year}&handler=Submit", new() { ["Confirm"] = "true" }, draftUrl)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return secretary;
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Html)> PostAsync(Browser browser, string url, Dictionary<string, string> fields, string formPage)
    {
        var response = await browser.PostFormAsync(url, fields, formPage);
        return (response, await Browser.ParseAsync(response));
    }
}
