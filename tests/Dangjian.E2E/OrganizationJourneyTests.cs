using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>A township clerk logs in, browses the tree, edits a village branch and sees the change.</summary>
[Collection(AppCollection.Name)]
public sealed class OrganizationJourneyTests(AppProcess app)
{
    [Fact]
    public async Task Clerk_browses_the_tree_edits_a_branch_and_sees_the_change()
    {
        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(app.BaseUrl, "clerk");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("青石镇党委");

        await page.GetByRole(AriaRole.Link, new() { Name = "组织架构", Exact = true }).ClickAsync();
        var tree = page.Locator("#org-tree");
        await tree.GetByText("青石镇党委").First.WaitForAsync();
        var village = tree.Locator("a", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("村党支部$") }).First;
        var villageName = await village.InnerTextAsync();
        await browser.ScreenshotAsync("organization-tree");
        await village.ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldContain(villageName);

        await page.GetByRole(AriaRole.Link, new() { Name = "编辑" }).ClickAsync();
        await page.GetByLabel("书记", new() { Exact = true }).FillAsync("林晓燕");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        (await page.Locator(".notice").InnerTextAsync()).ShouldContain("已保存");
        (await page.Locator("#secretary").InnerTextAsync()).ShouldBe("林晓燕");
        await browser.ScreenshotAsync("organization-edited");

        await page.GotoAsync($"{app.BaseUrl}/Organizations");
        await page.Locator("#org-tree a", new() { HasText = villageName }).ClickAsync();
        (await page.Locator("#secretary").InnerTextAsync()).ShouldBe("林晓燕");
    }
}
