using System.Globalization;
using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>
/// The county's long tail in a browser: the county defines a yearly statistic (a wrong value first); on a phone the township
/// clerk fills this year's statistics grid (a bad cell first, the other cells kept) and marks a service record as 亮点; the
/// secretary's next draft prints the highlight in the township's words and the year-on-year sentence from the grid.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LongTailJourneyTests(AppProcess app)
{
    private const string Township = "青石镇党委";
    private const string Narrative = "组织党员志愿者结对帮扶困难群众，解决急难愁盼问题12件";

    [Fact]
    public async Task County_defines_a_statistic_clerk_fills_the_grid_and_marks_a_highlight_on_a_phone_and_the_draft_prints_both()
    {
        await using (var county = await BrowserSession.OpenAsync())
        {
            await DefineStatisticAsync(county);
        }

        await using (var clerk = await BrowserSession.OpenAsync())
        {
            await clerk.Page.SetViewportSizeAsync(390, 844);
            await clerk.LoginAsync(app.BaseUrl, "clerk");
            await FillGridAsync(clerk);
            await MarkHighlightAsync(clerk);
        }

        await using var secretary = await BrowserSession.OpenAsync();
        var page = secretary.Page;
        await secretary.LoginAsync(app.BaseUrl, "secretary");
        await page.GetByRole(AriaRole.Link, new() { Name = "述职报告", Exact = true }).ClickAsync();
        await page.Locator("#reports tr", new() { HasText = Township }).GetByRole(AriaRole.Link).Last.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "生成草稿" }).ClickAsync();
        var report = page.Locator("#report");
        await Assertions.Expect(report).ToContainTextAsync(Narrative);
        // 20460 against last year's 18600: +10.0%.
        await Assertions.Expect(report).ToContainTextAsync("全镇农村居民人均可支配收入达到20460元，较上年增长10.0%");
        await secretary.ScreenshotAsync("longtail-draft");
    }

    /// <summary>The county adds 土地流转面积 (亩, one decimal) for townships: six decimals are refused beside the field, nothing saved.</summary>
    private async Task DefineStatisticAsync(BrowserSession county)
    {
        var page = county.Page;
        await county.LoginAsync(app.BaseUrl, "county");
        await page.GotoAsync($"{app.BaseUrl}/Building/StatisticDefinitions");
        await Assertions.Expect(page.Locator("#own-statistics")).ToContainTextAsync("income.rural");
        await page.GetByLabel("编码（小写英文字母").FillAsync("land.transfer");
        await page.GetByLabel("名称", new() { Exact = true }).FillAsync("土地流转面积");
        await page.GetByLabel("单位（元、万元、亩、户、人…）").FillAsync("亩");
        await page.GetByLabel("小数位数（0–4）").FillAsync("6");
        await page.Locator("#levels input[value='TownshipCommittee']").CheckAsync();
        await page.GetByLabel("口径说明（显示在填报表的列标题上）").FillAsync("乡镇党委填报本乡镇年末土地流转面积");
        await page.GetByLabel("排序（小的在前）").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#Form_Decimals + .error")).ToHaveTextAsync("小数位数填0到4。");
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("小数位数填0到4。");
        await Assertions.Expect(page.Locator("#Form_Code + .error")).ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#Form_Name")).ToHaveValueAsync("土地流转面积");
        await Assertions.Expect(page.Locator("#own-statistics")).Not.ToContainTextAsync("land.transfer");
        await county.ScreenshotAsync("longtail-statistic-refused");

        await page.GetByLabel("小数位数（0–4）").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("已保存年度统计项“土地流转面积”。");
        var row = page.Locator("#own-statistics tbody tr", new() { HasText = "land.transfer" });
        await Assertions.Expect(row).ToContainTextAsync("土地流转面积");
        await Assertions.Expect(row).ToContainTextAsync("填报中");
        await Assertions.Expect(page.Locator("#errors")).ToHaveCountAsync(0);
    }

    /// <summary>This year's grid on a phone: a bad income is refused beside its cell, the other typed cells are kept, then all are saved.</summary>
    private async Task FillGridAsync(BrowserSession clerk)
    {
        var page = clerk.Page;
        await page.GotoAsync($"{app.BaseUrl}/Building/Statistics");
        // The grid opens on last year; the report is this year's.
        var year = int.Parse(await page.Locator("#year").InputValueAsync(), CultureInfo.InvariantCulture) + 1;
        await page.Locator("#year").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"年度统计（{year}年）");
        await Assertions.Expect(page.Locator("#statistics thead")).ToContainTextAsync("土地流转面积（亩）");

        var income = page.GetByLabel($"{Township} 农村居民人均可支配收入", new() { Exact = true });
        var land = page.GetByLabel($"{Township} 土地流转面积", new() { Exact = true });
        var households = page.Locator("#statistics input[aria-label$=' 合作社入社农户']").First;
        await Assertions.Expect(income).ToHaveValueAsync("20150");
        await Assertions.Expect(page.Locator("#statistics td", new() { Has = income })).ToContainTextAsync("上年 18600");
        var before = int.Parse(await households.InputValueAsync(), CultureInfo.InvariantCulture);
        var after = (before + 10).ToString(CultureInfo.InvariantCulture);

        await income.FillAsync("2万");
        await land.FillAsync("1250.5");
        await households.FillAsync(after);
        var save = page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true });
        await save.ClickAsync();

        await Assertions.Expect(page.Locator("#statistics td", new() { Has = income }).Locator(".error"))
            .ToHaveTextAsync("“2万”不是数字，请填写如 12.5（单位：元）。");
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("“2万”不是数字");
        await Assertions.Expect(income).ToHaveValueAsync("2万");
        await Assertions.Expect(land).ToHaveValueAsync("1250.5");
        await Assertions.Expect(households).ToHaveValueAsync(after);
        await Assertions.Expect(page.Locator("#statistics td", new() { Has = land }).Locator(".error")).ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#message")).ToHaveCountAsync(0);

        await income.FillAsync("20460");
        await SaveIsReachableAsync(page, save);
        await clerk.ScreenshotAsync("longtail-statistics-phone");
        await save.ClickAsync();

        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync($"已保存{year}年的3项数值。");
        await Assertions.Expect(page.Locator("#errors")).ToHaveCountAsync(0);
        await Assertions.Expect(income).ToHaveValueAsync("20460");
        await Assertions.Expect(land).ToHaveValueAsync("1250.5");
        await Assertions.Expect(households).ToHaveValueAsync(after);
    }

    /// <summary>
    /// The grid is wider than a phone: it scrolls inside its own box, the page does not scroll sideways, and the save button
    /// below it is reachable: in the viewport once scrolled to and not cut off, and the form holding it no wider than the screen.
    /// </summary>
    private static async Task SaveIsReachableAsync(IPage page, ILocator save)
    {
        await save.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(save).ToBeVisibleAsync();
        await Assertions.Expect(save).ToBeInViewportAsync(new() { Ratio = 1 });
        var box = (await save.BoundingBoxAsync())!;
        box.X.ShouldBeGreaterThanOrEqualTo(0);
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(page.ViewportSize!.Width);
        var formRight = await page.Locator("form.grid-entry").EvaluateAsync<double>("f => f.getBoundingClientRect().right");
        formRight.ShouldBeLessThanOrEqualTo(page.ViewportSize.Width + 0.5);
        var pageWidth = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth");
        pageWidth.ShouldBeLessThanOrEqualTo(page.ViewportSize.Width + 0.5, "the page itself scrolls sideways");
    }

    /// <summary>On the phone, the clerk marks one of this year's service records as 亮点 with a short narrative.</summary>
    private async Task MarkHighlightAsync(BrowserSession clerk)
    {
        var page = clerk.Page;
        await page.GotoAsync($"{app.BaseUrl}/Loop/Service");
        // One not already a demo highlight.
        var row = page.Locator("#service tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "标为亮点" }) })
            .Filter(new() { HasNotText = "帮助留守儿童开展课后辅导" }).Filter(new() { HasNotText = "敬老院关爱老人活动" }).First;
        await row.GetByRole(AriaRole.Link, new() { Name = "标为亮点" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("标为亮点：");
        await page.GetByLabel("写入哪一段").SelectOptionAsync(new SelectOptionValue { Label = "聚焦先锋引领，发挥战斗堡垒作用" });
        await page.GetByLabel("地点（村、社区或单位，可不填）").FillAsync("石门村");
        await page.GetByLabel("做了什么（如：召开全镇产业发展现场推进会）").FillAsync("开展“党员连心”结对帮扶");
        await page.GetByLabel("做法和成效（如：推广“党支部+合作社”模式，带动群众增收20余万元）").FillAsync(Narrative);
        await page.GetByRole(AriaRole.Button, new() { Name = "标为亮点", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#message, .notice").First).ToContainTextAsync("已标为亮点");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Narrative);
        await clerk.ScreenshotAsync("longtail-highlights-phone");
    }
}
