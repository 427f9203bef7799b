using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>A village branch secretary sees their own branch and cannot reach another branch's pages.</summary>
[Collection(AppCollection.Name)]
public sealed class BranchScopeJourneyTests(AppProcess app)
{
    [Fact]
    public async Task Branch_secretary_cannot_open_another_branch()
    {
        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(app.BaseUrl, "branch");
        var own = await page.Locator("h1").InnerTextAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "组织架构", Exact = true }).ClickAsync();
        var links = page.Locator("#org-tree a");
        (await links.CountAsync()).ShouldBe(1);
        (await links.First.InnerTextAsync()).ShouldBe(own);
        var ownHref = await links.First.GetAttributeAsync("href");
        var ownId = int.Parse(Regex.Match(ownHref!, @"\d+$").Value, System.Globalization.CultureInfo.InvariantCulture);

        // The neighbouring branch exists (the next id belongs to a sibling in the demo county), but not for this user.
        var response = await page.GotoAsync($"{app.BaseUrl}/Organizations/Details/{ownId + 1}");
        response!.Status.ShouldBe(404);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("找不到页面");
        await browser.ScreenshotAsync("branch-secretary-other-branch");

        var edit = await page.GotoAsync($"{app.BaseUrl}/Organizations/Edit/{ownId}");
        edit!.Status.ShouldBe(403);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("无权访问");
    }
}
