using System.Globalization;
using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>
/// The responsibility loop end to end: the clerk inspects a branch and raises an overdue rectification item, the
/// branch secretary submits evidence (and cannot sign off), the township signs it off, the item leaves the overdue list.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RectificationJourneyTests(AppProcess app)
{
    [Fact]
    public async Task Clerk_inspects_branch_submits_evidence_township_signs_off()
    {
        await using var branch = await BrowserSession.OpenAsync();
        await branch.LoginAsync(app.BaseUrl, "branch");
        var branchName = await branch.Page.Locator("h1").InnerTextAsync();

        await using var clerk = await BrowserSession.OpenAsync();
        var page = clerk.Page;
        await clerk.LoginAsync(app.BaseUrl, "clerk");
        await page.GetByRole(AriaRole.Link, new() { Name = "责任落实", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "督查", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "开展督查" }).ClickAsync();
        var title = $"支部工作日常督查{TimeProvider.System.GetUtcNow():HHmmssfff}";
        await page.Locator("#Form_Kind").SelectOptionAsync(new SelectOptionValue { Label = "日常督查" });
        await page.Locator("#Form_Title").FillAsync(title);
        await page.Locator("#Form_Inspectors").FillAsync("镇党建办主任、镇组织委员");
        foreach (var box in await page.Locator("input[name='Form.Targets']").AllAsync())
        {
            await box.SetCheckedAsync(false);
        }

        await page.GetByLabel(branchName, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        (await page.Locator("#targets").InnerTextAsync()).ShouldBe(branchName);

        var problem = $"三会一课记录缺少表决情况{TimeProvider.System.GetUtcNow():HHmmssfff}";
        await page.Locator("#Form_OrganizationId").SelectOptionAsync(new SelectOptionValue { Label = branchName });
        await page.Locator("#Form_Description").FillAsync(problem);
        // A deadline before the day the item is raised is refused now, so the item is due today rather than overdue.
        await page.Locator("#Form_Deadline").FillAsync(TimeProvider.System.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "登记问题" }).ClickAsync();
        (await page.Locator(".notice").InnerTextAsync()).ShouldContain("交办整改事项");
        await clerk.ScreenshotAsync("loop-inspection-finding");

        await page.GotoAsync($"{app.BaseUrl}/Loop/Rectification");
        (await page.Locator("#items").InnerTextAsync()).ShouldContain(problem);

        var bp = branch.Page;
        await bp.GotoAsync($"{app.BaseUrl}/Loop/Rectification");
        await bp.GetByRole(AriaRole.Link, new() { Name = problem }).ClickAsync();
        (await bp.Locator("form#signoff").CountAsync()).ShouldBe(0);
        await bp.Locator("#Evidence").FillAsync("补充完善支委会记录，附会议记录复印件");
        await bp.GetByRole(AriaRole.Button, new() { Name = "报送整改材料" }).ClickAsync();
        (await bp.Locator("#status").InnerTextAsync()).ShouldBe("待销号");
        (await bp.Locator("form#signoff").CountAsync()).ShouldBe(0);
        await branch.ScreenshotAsync("loop-branch-submitted");

        await page.GotoAsync($"{app.BaseUrl}/Loop/Rectification");
        await page.GetByRole(AriaRole.Link, new() { Name = problem }).ClickAsync();
        await page.Locator("#Confirm").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "销号" }).ClickAsync();
        (await page.Locator("#status").InnerTextAsync()).ShouldBe("已销号");
        (await page.Locator("#history tbody tr").CountAsync()).ShouldBe(3);

        await page.GotoAsync($"{app.BaseUrl}/Loop/Rectification?state=overdue");
        (await page.Locator("#items").InnerTextAsync()).ShouldNotContain(problem);
        await page.GotoAsync($"{app.BaseUrl}/Loop");
        (await page.Locator("#overdue").InnerTextAsync()).ShouldNotContain(problem);
        await clerk.ScreenshotAsync("loop-dashboard");
    }
}
