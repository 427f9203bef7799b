using System.Globalization;
using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>
/// The county's annual review in the browser: the township secretary submits the year's report; the county opens it in
/// the open review beside the computed indicators, follows a figure to its records, comments, enters every township's
/// ballots and publishes the ranking; the township then finds the comment among its rectification items.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReviewJourneyTests(AppProcess app)
{
    private static readonly int Year = TimeProvider.System.Today().Year;

    [Fact]
    public async Task County_reviews_the_submitted_report_comments_enters_ballots_and_publishes_the_ranking()
    {
        await using var township = await BrowserSession.OpenAsync();
        await SubmitReportAsync(township);

        await using var county = await BrowserSession.OpenAsync();
        var page = county.Page;
        await county.LoginAsync(app.BaseUrl, "county");
        await page.GetByRole(AriaRole.Link, new() { Name = "述职评议", Exact = true }).ClickAsync();
        await page.Locator("#plans tr", new() { HasText = $"{Year}年度" }).GetByRole(AriaRole.Link).ClickAsync();
        var planUrl = page.Url;
        var organizations = await page.Locator("#participants tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.org)");
        organizations.Length.ShouldBe(5);
        (await page.Locator("#participants tr[data-org='青石镇党委']").InnerTextAsync()).ShouldContain("已提交");

        await OpenAsync(page, "青石镇党委");
        (await page.Locator("#report .report-title").InnerTextAsync()).ShouldBe($"青石镇党委书记{Year}年度抓基层党建工作述职报告");
        await county.ScreenshotAsync("review-participant");
        var figure = page.Locator("#report a.fig[data-indicator='meetings.committee']");
        var value = await figure.InnerTextAsync();
        await figure.ClickAsync();
        (await page.Locator("#indicator-name").InnerTextAsync()).ShouldBe("党委会议");
        (await page.Locator("#figure-records tbody tr").CountAsync()).ShouldBe(int.Parse(value.TrimEnd('次'), CultureInfo.InvariantCulture));
        await county.ScreenshotAsync("review-figure-records");
        await page.GetByRole(AriaRole.Link, new() { Name = "返回述职评议" }).ClickAsync();

        var comment = $"抓党建促乡村振兴的办法不多，村级集体经济增收渠道单一（{TimeProvider.System.GetUtcNow():HHmmss}）。";
        await page.GetByLabel("点评内容（指出的问题）").FillAsync(comment);
        await page.GetByLabel("点评人（如“县委书记 王某”）").FillAsync("县委书记 张某");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存点评" }).ClickAsync();
        (await page.Locator(".notice").First.InnerTextAsync()).ShouldContain("已列为该单位的整改事项");
        (await page.Locator("#comments").InnerTextAsync()).ShouldContain(comment);

        for (var i = 0; i < organizations.Length; i++)
        {
            await page.GotoAsync(planUrl);
            await OpenAsync(page, organizations[i]);
            await EnterBallotsAsync(page, 40, 30 - 4 * i, 6 + i, 2 + i, i, 92 - 3 * i);
        }

        await page.GotoAsync(planUrl);
        (await page.Locator("#ready").InnerTextAsync()).ShouldContain("可以公布");
        await page.Locator("#Confirm").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "公布结果" }).ClickAsync();
        (await page.Locator("#state").InnerTextAsync()).ShouldContain("已公布");
        (await page.Locator("#participants tbody tr td:first-child").AllInnerTextsAsync()).ShouldBe(["1", "2", "3", "4", "5"]);
        (await page.Locator("#participants .flag").AllInnerTextsAsync()).Count(f => f == "约谈").ShouldBe(1);
        await county.ScreenshotAsync("review-published");

        var tp = township.Page;
        await tp.GotoAsync($"{app.BaseUrl}/Loop/Rectification");
        var item = tp.Locator("#items tbody tr", new() { HasText = comment });
        (await item.InnerTextAsync()).ShouldContain("述职评议点评");
        await township.ScreenshotAsync("review-township-rectification");
        await tp.GetByRole(AriaRole.Link, new() { Name = "述职评议", Exact = true }).ClickAsync();
        await tp.Locator("#plans tr", new() { HasText = $"{Year}年度" }).GetByRole(AriaRole.Link).ClickAsync();
        (await tp.Locator("#participants tbody tr").CountAsync()).ShouldBe(1);
        await OpenAsync(tp, "青石镇党委");
        (await tp.Locator("#score").InnerTextAsync()).ShouldContain("综合得分");
        (await tp.Locator("#comments").InnerTextAsync()).ShouldContain(comment);
        await township.ScreenshotAsync("review-township-result");
    }

    /// <summary>The secretary generates this year's report and submits it (accepting the browser's confirmation).</summary>
    private async Task SubmitReportAsync(BrowserSession township)
    {
        var page = township.Page;
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await township.LoginAsync(app.BaseUrl, "secretary");
        await page.GetByRole(AriaRole.Link, new() { Name = "述职报告", Exact = true }).ClickAsync();
        await page.Locator("#reports tr", new() { HasText = "青石镇党委" }).GetByRole(AriaRole.Link).Last.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "生成草稿" }).ClickAsync();
        await page.Locator("#Confirm").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        (await page.Locator("#state").InnerTextAsync()).ShouldContain("已于");
    }

    private static Task OpenAsync(IPage page, string organization) =>
        page.Locator($"#participants tr[data-org='{organization}']").GetByRole(AriaRole.Link, new() { Name = organization, Exact = true }).ClickAsync();

    private static async Task EnterBallotsAsync(IPage page, int voters, int good, int fairlyGood, int average, int poor, int score)
    {
        await page.GetByLabel("参加测评人数").FillAsync($"{voters}");
        await page.GetByLabel("好（票）", new() { Exact = true }).FillAsync($"{good}");
        await page.GetByLabel("较好（票）").FillAsync($"{fairlyGood}");
        await page.GetByLabel("一般（票）").FillAsync($"{average}");
        await page.GetByLabel("差（票）").FillAsync($"{poor}");
        await page.GetByLabel("评议组评分（0–100）").FillAsync($"{score}");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存测评结果" }).ClickAsync();
        (await page.Locator(".notice").First.InnerTextAsync()).ShouldContain("已保存");
    }
}
