using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>
/// The township secretary generates the year's duty report from the UI, clicks a figure to see the records behind it,
/// edits a paragraph and downloads the .docx; the county then rewords the template and the next draft follows it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReportJourneyTests(AppProcess app)
{
    [Fact]
    public async Task Secretary_generates_the_report_follows_a_figure_edits_and_downloads_it()
    {
        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(app.BaseUrl, "secretary");
        await page.GetByRole(AriaRole.Link, new() { Name = "述职报告", Exact = true }).ClickAsync();
        await page.Locator("#reports tr", new() { HasText = "青石镇党委" }).GetByRole(AriaRole.Link).Last.ClickAsync();
        await page.GetByLabel("下一步工作打算").FillAsync("深化“果香党旗红”党建品牌");
        await page.GetByRole(AriaRole.Button, new() { Name = "生成草稿" }).ClickAsync();

        var title = await page.Locator(".report-title").InnerTextAsync();
        title.ShouldEndWith("年度抓基层党建工作述职报告");
        (await page.Locator("#report").InnerTextAsync()).ShouldContain("深化“果香党旗红”党建品牌。");
        await browser.ScreenshotAsync("report-draft");

        var figure = page.Locator("a.fig[data-indicator='meetings.committee']");
        var value = await figure.InnerTextAsync();
        await figure.ClickAsync();
        (await page.Locator("#indicator-name").InnerTextAsync()).ShouldBe("党委会议");
        (await page.Locator("#indicator-value").InnerTextAsync()).ShouldBe(value);
        (await page.Locator("#figure-records tbody tr").CountAsync()).ShouldBe(int.Parse(value.TrimEnd('次'), System.Globalization.CultureInfo.InvariantCulture));
        await browser.ScreenshotAsync("report-figure-records");
        await page.GetByRole(AriaRole.Link, new() { Name = "返回述职报告" }).ClickAsync();

        await page.Locator("p.paragraph", new() { Has = page.Locator("a.fig[data-indicator='meetings.committee']") })
            .GetByRole(AriaRole.Link, new() { Name = "修改" }).ClickAsync();
        var text = page.Locator("#Text");
        var original = await text.InputValueAsync();
        original.ShouldContain("{{fig:meetings.committee}}");
        await text.FillAsync(original.Replace("始终把抓好党建作为最大政绩", "始终把抓党建作为第一要务", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        (await page.Locator(".notice").First.InnerTextAsync()).ShouldContain("已保存");
        var report = await page.Locator("#report").InnerTextAsync();
        report.ShouldContain("始终把抓党建作为第一要务");
        report.ShouldContain("党委会议" + value);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载 Word（.docx）" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".docx");
        var folder = Directory.CreateDirectory(Path.Combine(AppProcess.Artifacts, "documents")).FullName;
        var path = Path.Combine(folder, "report-e2e.docx");
        await download.SaveAsAsync(path);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        document.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("始终把抓党建作为第一要务");

        // The county rewords a theme's lead in the template; the township's next draft uses it.
        const string lead = "坚持以“四抓两整治”为抓手，推动党建工作与中心工作深度融合。";
        await using (var county = await BrowserSession.OpenAsync())
        {
            await county.LoginAsync(app.BaseUrl, "county");
            await county.Page.GotoAsync($"{app.BaseUrl}/Reports");
            await county.Page.Locator("#template-link").ClickAsync();
            await county.Page.Locator("#theme-4").GetByRole(AriaRole.Link, new() { Name = "修改" }).ClickAsync();
            await county.Page.GetByLabel("引言").FillAsync(lead);
            await county.Page.GetByRole(AriaRole.Button, new() { Name = "预览", Exact = true }).ClickAsync();
            (await county.Page.Locator("#preview").InnerTextAsync()).ShouldContain(lead);
            await county.Page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            (await county.Page.Locator("#theme-4").InnerTextAsync()).ShouldContain(lead);
            await county.ScreenshotAsync("report-template");
        }

        await page.GotoAsync($"{app.BaseUrl}/Reports");
        await page.Locator("#reports tr", new() { HasText = "青石镇党委" }).GetByRole(AriaRole.Link, new() { Name = "重新生成" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "生成草稿" }).ClickAsync();
        (await page.Locator("#report").InnerTextAsync()).ShouldContain(lead);
    }
}
