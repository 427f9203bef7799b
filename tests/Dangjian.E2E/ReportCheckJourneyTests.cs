using System.Text.RegularExpressions;
using Dangjian.Core.Time;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>
/// Issue #17 in the browser: the township secretary uploads a .docx report to 述职报告体检 and sees the placeholder with its
/// line and the committee-meeting figure that differs from the records, with the records' value; the county reviewer sees
/// the findings count of a submitted report on the review participant page and opens the findings.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReportCheckJourneyTests(AppProcess app)
{
    private static readonly int Year = TimeProvider.System.Today().Year;

    [Fact]
    public async Task The_secretary_checks_an_uploaded_report_and_the_reviewer_opens_the_findings()
    {
        await using (var secretary = await BrowserSession.OpenAsync())
        {
            var page = secretary.Page;
            await secretary.LoginAsync(app.BaseUrl, "secretary");
            await page.GetByRole(AriaRole.Link, new() { Name = "述职报告", Exact = true }).ClickAsync();
            var draftLink = await page.Locator("#reports tr", new() { HasText = "青石镇党委" }).GetByRole(AriaRole.Link).Last.GetAttributeAsync("href");
            var org = Regex.Match(draftLink!, @"org=(\d+)").Groups[1].Value;
            await page.GotoAsync($"{app.BaseUrl}/Reports/Check?org={org}&year={Year}");
            (await page.Locator("h1").InnerTextAsync()).ShouldStartWith("述职报告体检：青石镇党委");

            var file = Path.Combine(Directory.CreateDirectory(Path.Combine(AppProcess.Artifacts, "documents")).FullName, "report-check-e2e.docx");
            WriteDocx(file, $"青石镇党委书记{Year}年度抓基层党建工作述职报告", "一、履行抓基层党建工作责任情况",
                "坚持把抓基层党建作为最大政绩，全年召开党委会议999次，研究部署党建工作。", "储备村级后备干部**名，推动各项工作落实落地。");
            await page.Locator("#Input_Upload").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "开始体检" }).ClickAsync();

            (await page.Locator("#summary").InnerTextAsync()).ShouldContain("report-check-e2e.docx");
            var placeholder = page.Locator("#findings tbody tr", new() { HasText = "占位符" });
            (await placeholder.Locator("td").First.InnerTextAsync()).ShouldBe("4", "the placeholder is on the report's 4th line");
            var meeting = page.Locator("#figures tbody tr", new() { HasText = "党委会议" });
            var verdict = await meeting.Locator("td").Nth(5).InnerTextAsync();
            var records = Regex.Match(verdict, @"^与记录不符\s*（记录：(\d+)次）$");
            records.Success.ShouldBeTrue(verdict);
            records.Groups[1].Value.ShouldNotBe("999");
            await secretary.ScreenshotAsync("report-check-upload");
        }

        await using var county = await BrowserSession.OpenAsync();
        var reviewer = county.Page;
        await county.LoginAsync(app.BaseUrl, "county");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "述职评议", Exact = true }).ClickAsync();
        await reviewer.Locator("#plans tr", new() { HasText = $"{Year - 1}年度" }).GetByRole(AriaRole.Link).ClickAsync();
        await reviewer.Locator("#participants tr[data-org='青石镇党委']").GetByRole(AriaRole.Link, new() { Name = "青石镇党委", Exact = true }).ClickAsync();
        var check = await reviewer.Locator("#report-check").InnerTextAsync();
        var count = Regex.Match(check, @"发现问题\s*(\d+)\s*处");
        count.Success.ShouldBeTrue(check);
        await reviewer.Locator("#report-check").GetByRole(AriaRole.Link, new() { Name = "查看体检结果" }).ClickAsync();
        (await reviewer.Locator("#summary").InnerTextAsync()).ShouldContain($"发现问题 {count.Groups[1].Value} 处");
        (await reviewer.Locator("#findings tbody tr").CountAsync()).ShouldBe(int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        await county.ScreenshotAsync("report-check-review");
    }

    private static void WriteDocx(string path, params string[] paragraphs)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
        main.Document.Save();
    }
}
