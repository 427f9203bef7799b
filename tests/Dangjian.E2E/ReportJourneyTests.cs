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
        // The words are edited around the figure, a chip that cannot be broken; no marker is ever shown.
        var editor = page.Locator("#chip-editor");
        await Assertions.Expect(editor).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Text")).ToBeHiddenAsync();
        (await page.Locator("body").InnerTextAsync()).ShouldNotContain("{{");
        var chip = editor.Locator(".chip[data-key='fig:meetings.committee']");
        (await chip.InnerTextAsync()).ShouldBe(value);
        await chip.ClickAsync();
        (await page.Locator("#chip-name").InnerTextAsync()).ShouldBe("党委会议");
        (await page.Locator("#chip-records").GetAttributeAsync("href"))!.ShouldContain("indicator=meetings.committee");
        await SelectAsync(page, "始终把抓好党建作为最大政绩");
        await page.Keyboard.InsertTextAsync("始终把抓党建作为第一要务");
        (await editor.InnerTextAsync()).ShouldContain("始终把抓党建作为第一要务");
        await browser.ScreenshotAsync("report-paragraph-editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        (await page.Locator(".notice").First.InnerTextAsync()).ShouldContain("已保存");
        var report = await page.Locator("#report").InnerTextAsync();
        report.ShouldContain("始终把抓党建作为第一要务");
        report.ShouldContain("党委会议" + value);
        (await page.Locator("p.paragraph", new() { HasText = "始终把抓党建作为第一要务" }).Locator("a.fig[data-indicator='meetings.committee']").InnerTextAsync()).ShouldBe(value);

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

    /// <summary>Selects a phrase of the chip editor's words, as a user dragging over it would.</summary>
    private static Task SelectAsync(IPage page, string phrase) => page.EvaluateAsync("""
        phrase => {
          const editor = document.getElementById('chip-editor');
          const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.nodeValue.indexOf(phrase);
            if (at < 0) { continue; }
            editor.focus();
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + phrase.length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            return;
          }
          throw new Error('phrase not found: ' + phrase);
        }
        """, phrase);
}
