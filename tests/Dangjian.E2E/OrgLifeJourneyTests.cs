using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>
/// The township clerk finds a branch month without its committee meeting on the heat map, prints the sign-in sheet,
/// enters the attendance from it afterwards, and sees the cell turn compliant (in the table, and in the chart screenshot).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OrgLifeJourneyTests(AppProcess app)
{
    [Fact]
    public async Task Clerk_records_a_committee_meeting_from_a_printed_sheet_and_the_heat_map_turns_compliant()
    {
        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(app.BaseUrl, "clerk");
        await page.GetByRole(AriaRole.Link, new() { Name = "组织生活", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "合规热力图" }).ClickAsync();
        await page.Locator("#heat-chart[data-ready=true]").WaitForAsync();
        await browser.ScreenshotAsync("orglife-heatmap-before");

        var thisMonth = TimeProvider.System.Today().Month;
        var gap = page.Locator("#heat-table td[data-level=Missing][data-open=BranchCommittee]");
        var month = 0;
        var org = "";
        for (var i = 0; i < await gap.CountAsync(); i++)
        {
            month = int.Parse((await gap.Nth(i).GetAttributeAsync("data-month"))!, System.Globalization.CultureInfo.InvariantCulture);
            if (month < thisMonth)
            {
                org = (await gap.Nth(i).Locator("xpath=..").GetAttributeAsync("data-org"))!;
                break;
            }
        }

        org.ShouldNotBeEmpty("the demo township has a branch month missing only its committee meeting");
        var cell = page.Locator($"#heat-table tr[data-org='{org}'] td[data-month='{month}']");
        (await cell.InnerTextAsync()).Trim().ShouldBe("未达要求");
        var year = TimeProvider.System.Today().Year;
        var day = $"{year}-{month:00}-20";

        await page.GotoAsync($"{app.BaseUrl}/Meetings/SignIn?org={org}&kind=BranchCommittee&date={day}");
        var names = await page.Locator("#sheet tbody td.name").AllInnerTextsAsync();
        names.Count.ShouldBeGreaterThan(6);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await browser.ScreenshotAsync("orglife-signin-sheet");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GetByRole(AriaRole.Link, new() { Name = "会后录入出席情况" }).ClickAsync();
        (await page.Locator("#Form_Kind").InputValueAsync()).ShouldBe("BranchCommittee");
        (await page.Locator("#Form_HeldOn").InputValueAsync()).ShouldBe(day);
        await page.GetByLabel("会议主题").FillAsync("研究村级集体经济发展");
        var rows = page.Locator("#attendance tbody tr");
        (await rows.CountAsync()).ShouldBe(names.Count);
        await rows.Nth(0).Locator("input[value=OnLeave]").CheckAsync();
        await rows.Nth(0).Locator("input[name$='.Reason']").FillAsync("外出务工");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        (await page.Locator(".notice").InnerTextAsync()).ShouldContain($"实到{names.Count - 1}人，标记为代录");
        (await page.Locator("#proxy-flag").InnerTextAsync()).ShouldBe("代录");

        await page.GotoAsync($"{app.BaseUrl}/OrgLife/HeatMap");
        await page.Locator("#heat-chart[data-ready=true]").WaitForAsync();
        (await cell.GetAttributeAsync("data-level")).ShouldBe("HeldLate");
        (await cell.InnerTextAsync()).Trim().ShouldBe("合规（含补录）");
        await page.Locator("#heat-chart").ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync("orglife-heatmap-after");

        await cell.Locator("a").ClickAsync();
        (await page.Locator("#meetings").InnerTextAsync()).ShouldContain("研究村级集体经济发展");
    }
}
