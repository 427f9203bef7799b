using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>
/// A township clerk enters an applicant's past steps, is stopped from naming the activist a development target before
/// the one-year minimum (with the rule and the earliest date), and records it once that date is reached.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DevelopmentJourneyTests(AppProcess app)
{
    [Fact]
    public async Task A_target_named_too_early_is_blocked_with_the_rule_then_recorded_after_the_date()
    {
        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(app.BaseUrl, "clerk");

        await page.GotoAsync($"{app.BaseUrl}/Development/Create");
        await page.Locator("#Form_OrganizationId").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await page.GetByLabel("姓名").FillAsync("周明远");
        await page.GetByLabel("出生日期").FillAsync("1996-08-15");
        await page.GetByLabel("递交入党申请书日期").FillAsync("2024-01-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("发展党员：周明远");

        foreach (var (step, day) in new[] { (2, "2024-01-20"), (3, "2024-03-01"), (4, "2024-03-05"), (5, "2024-03-05"), (6, "2024-09-01"), (6, "2025-02-01") })
        {
            await RecordAsync(page, step, day);
            (await page.Locator("#message").InnerTextAsync()).ShouldContain($"已记录第{step}步");
        }

        (await page.Locator("#next").InnerTextAsync()).ShouldContain("最早可于2025-03-01办理");
        await RecordAsync(page, 7, "2025-02-28");
        var error = await page.Locator("#step-error").InnerTextAsync();
        error.ShouldContain("根据《发展党员工作细则》第十三条");
        error.ShouldContain("最早可于2025年3月1日列为发展对象");
        await browser.ScreenshotAsync("development-blocked");

        await RecordAsync(page, 7, "2025-03-03");
        (await page.Locator("#message").InnerTextAsync()).ShouldContain("已记录第7步“确定发展对象”");
        (await page.Locator("#stage").InnerTextAsync()).ShouldStartWith("发展对象");
        await browser.ScreenshotAsync("development-target");
    }

    private static async Task RecordAsync(IPage page, int step, string day)
    {
        await page.Locator("#Form_Step").SelectOptionAsync(step.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#Form_On").FillAsync(day);
        await PageArrival.AfterAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "记录" }).ClickAsync());
    }
}
