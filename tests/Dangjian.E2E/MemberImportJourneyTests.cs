using Dangjian.Core.Members;
using Dangjian.Core.Members.Export;
using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>A township clerk imports a roster with one bad row, sees the error, uploads the corrected file, imports, and finds a member by pinyin initials.</summary>
public sealed class MemberImportJourneyTests(AppProcess app) : IClassFixture<AppProcess>
{
    private static readonly string[] Headers = ["姓名", "性别", "出生日期", "身份证号", "入党时间", "学历", "人员类别"];

    private static string?[] Row(string name, DateOnly birth, Sex sex, int sequence, string? id = null) =>
        [name, sex == Sex.Male ? "男" : "女", birth.ToString("yyyy-MM-dd"), id ?? FictionalResidentId.Create("990303", birth, sex, sequence), "2010-07-01", "高中", "正式党员"];

    private static async Task<string> WriteAsync(string name, IEnumerable<string?[]> rows)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("dangjian-e2e-").FullName, name);
        await using var file = File.Create(path);
        await XlsxStreamWriter.WriteAsync(file, "Sheet1", Headers, rows.ToAsyncEnumerable());
        return path;
    }

    [Fact]
    public async Task Clerk_fixes_a_bad_row_imports_and_finds_the_member_by_initials()
    {
        var good1 = Row("司马晓东", new DateOnly(1980, 3, 4), Sex.Male, 11);
        var good2 = Row("欧阳春华", new DateOnly(1975, 9, 30), Sex.Female, 12);
        var bad = Row("诸葛明", new DateOnly(1969, 12, 1), Sex.Male, 13);
        var fixedId = bad[3]!;
        bad[3] = fixedId[..17] + (fixedId[17] == '0' ? '1' : '0');
        var badFile = await WriteAsync("青石镇名册.xlsx", [good1, bad, good2]);
        var goodFile = await WriteAsync("青石镇名册（改正）.xlsx", [good1, Row("诸葛明", new DateOnly(1969, 12, 1), Sex.Male, 13), good2]);

        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(app.BaseUrl, "clerk");
        await page.GotoAsync($"{app.BaseUrl}/Members");
        await page.GetByRole(AriaRole.Link, new() { Name = "导入名册" }).ClickAsync();
        await page.Locator("#Roster").SetInputFilesAsync(badFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();

        var errors = page.Locator("#errors");
        await errors.WaitForAsync();
        var errorText = await errors.InnerTextAsync();
        errorText.ShouldContain("第 3 行");
        errorText.ShouldContain("身份证号");
        errorText.ShouldContain("校验位");
        (await page.Locator("#import-all").IsDisabledAsync()).ShouldBeTrue();
        await browser.ScreenshotAsync("member-import-error");

        await page.GetByRole(AriaRole.Link, new() { Name = "重新上传" }).ClickAsync();
        await page.Locator("#Roster").SetInputFilesAsync(goodFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();
        (await page.Locator("#summary").InnerTextAsync()).ShouldContain("共 3 行，无误 3 行");
        await page.Locator("#import-all").ClickAsync();

        // The import runs in the background; its progress page refreshes itself until it lands on the result.
        try
        {
            await page.Locator("#import-result, #import-failed").WaitForAsync(new() { Timeout = 60000 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(await page.Locator("main").InnerTextAsync() + "\n" + app.Output, e);
        }

        (await page.Locator("#import-failed").CountAsync()).ShouldBe(0, await page.Locator("main").InnerTextAsync() + "\n" + app.Output);
        (await page.Locator("#import-result").InnerTextAsync()).ShouldContain("已导入 3 名党员");
        await browser.ScreenshotAsync("member-import-done");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看党员名册" }).ClickAsync();
        await page.GetByLabel("搜索").FillAsync("smxd");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var names = await page.Locator("#members tbody tr td:first-child a").AllInnerTextsAsync();
        names.ShouldBe(["司马晓东"]);
        (await page.Locator("#members tbody").InnerTextAsync()).ShouldContain("990303********");
        await browser.ScreenshotAsync("member-found-by-initials");
    }
}
