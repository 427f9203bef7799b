using Dangjian.Core.Members.Export;
using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>
/// A township clerk brings last year's 三会一课 ledger in from a spreadsheet: a bad row is reported by row and column,
/// the corrected file is previewed and imported, and the batch is undone from the list of imports.
/// </summary>
public sealed class LedgerImportJourneyTests(AppProcess app) : IClassFixture<AppProcess>
{
    private static readonly string[] Headers = ["党组织", "会议类型", "召开日期", "会议主题", "缺席人员"];

    private static async Task<string> WriteAsync(string name, IEnumerable<string?[]> rows)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("dangjian-e2e-").FullName, name);
        await using var file = File.Create(path);
        await XlsxStreamWriter.WriteAsync(file, "Sheet1", Headers, rows.ToAsyncEnumerable());
        return path;
    }

    [Fact]
    public async Task Clerk_fixes_a_bad_row_imports_last_years_meetings_and_undoes_the_batch()
    {
        var year = TimeProvider.System.GetUtcNow().Year - 1;
        List<string?[]> rows =
        [
            ["团结村党总支", "主题党日", $"{year}-03-10", "旅程测试：三月主题党日", null],
            ["团结村党总支", "支部党员大会", $"{year}-05-15", "旅程测试：五月党员大会", "查无此人（外出务工）"],
        ];
        var badFile = await WriteAsync("团结村三会一课台账.xlsx", rows);
        rows[1][4] = null;
        var goodFile = await WriteAsync("团结村三会一课台账（改正）.xlsx", rows);

        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(app.BaseUrl, "clerk");
        await page.GotoAsync($"{app.BaseUrl}/");
        await page.GetByRole(AriaRole.Link, new() { Name = "台账导入" }).ClickAsync();
        await page.Locator("#ledgers tr", new() { HasText = "三会一课台账" }).GetByRole(AriaRole.Link, new() { Name = "导入", Exact = true }).ClickAsync();
        await page.Locator("#Sheet").SetInputFilesAsync(badFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "检查并预览" }).ClickAsync();

        var problems = await page.Locator("#problems").InnerTextAsync();
        problems.ShouldContain("3");
        problems.ShouldContain("缺席人员");
        problems.ShouldContain("查无此人");
        (await page.Locator("#problems-summary").InnerTextAsync()).ShouldContain("整个文件都没有导入");
        await browser.ScreenshotAsync("ledger-import-error");

        await page.Locator("#Sheet").SetInputFilesAsync(goodFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "检查并预览" }).ClickAsync();
        (await page.Locator("#preview-summary").InnerTextAsync()).ShouldContain("将新登记 2 条");
        await page.GetByLabel("我已核对预览，确认导入").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
        (await page.Locator("#imported").InnerTextAsync()).ShouldContain("新登记 2 条");
        await browser.ScreenshotAsync("ledger-import-done");

        await page.GetByRole(AriaRole.Link, new() { Name = "查看导入记录（可整批撤销）" }).ClickAsync();
        var batch = page.Locator("#batches tbody tr", new() { HasText = "团结村三会一课台账（改正）.xlsx" });
        (await batch.InnerTextAsync()).ShouldContain("三会一课台账");
        await batch.GetByLabel("确认撤销").CheckAsync();
        await batch.GetByRole(AriaRole.Button, new() { Name = "整批撤销" }).ClickAsync();
        (await page.Locator("#undone").InnerTextAsync()).ShouldContain("已撤销");
        (await page.Locator("#batches tbody tr", new() { HasText = "团结村三会一课台账（改正）.xlsx" }).InnerTextAsync()).ShouldContain("撤销");
        await browser.ScreenshotAsync("ledger-import-undone");
    }
}
