using System.Globalization;
using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>
/// A village branch secretary on a phone (390×844, touch): records this month's 主题党日 marking two absentees found by
/// name search, then answers a rectification item with a photo. Main controls are at least 44 px, no page scrolls sideways.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BranchPhoneJourneyTests(AppProcess app)
{
    /// <summary>A one-pixel PNG (signature and chunks): an honest photo as far as the upload rules can tell.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_branch_secretary_records_a_theme_day_and_answers_an_item_with_a_photo_on_a_phone()
    {
        await using var desk = await BrowserSession.OpenAsync();
        await using var context = await desk.Page.Context.Browser!.NewContextAsync(new()
        {
            Locale = "zh-CN", ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
        });
        var phone = await context.NewPageAsync();
        phone.SetDefaultTimeout(30000);
        phone.SetDefaultNavigationTimeout(60000);
        PageArrival.Watch(phone);
        await BrowserSession.SignInAsync(phone, app.BaseUrl, "branch", tap: true);

        // 主题党日 of this month, everyone present but two found by the name search.
        await phone.GotoAsync($"{app.BaseUrl}/Meetings/Create");
        await NoSidewaysScrollAsync(phone, "meeting entry");
        (await phone.Locator("#Form_Kind").InputValueAsync()).ShouldBe("ThemeDay");
        var org = await phone.Locator("input[name='Form.OrganizationId']").InputValueAsync();
        var rows = phone.Locator("#attendance tbody tr");
        var due = await rows.CountAsync();
        due.ShouldBeGreaterThan(5);
        await AtLeast44Async(phone.Locator("#Form_Topic"));
        await AtLeast44Async(phone.Locator("#attendance-search"));
        await AtLeast44Async(rows.Nth(0).Locator("label.seg").Nth(1));
        var rowHeight = (await rows.Nth(0).BoundingBoxAsync())!.Height;
        rowHeight.ShouldBeInRange(44, 60, "one compact row a member");
        await phone.GetByLabel("会议主题").FillAsync("学习贯彻全会精神主题党日");
        var names = new[] { await rows.Nth(1).GetAttributeAsync("data-name"), await rows.Nth(due - 1).GetAttributeAsync("data-name") };
        foreach (var name in names)
        {
            await phone.Locator("#attendance-search").FillAsync(name!);
            var found = phone.Locator("#attendance tbody tr:visible");
            (await found.CountAsync()).ShouldBeGreaterThanOrEqualTo(1);
            var row = phone.Locator($"#attendance tbody tr[data-name='{name}']");
            await row.Locator("input[value=Absent]").TapAsync();
            await row.Locator("input[name$='.Reason']").FillAsync("外出务工");
        }

        await phone.Locator("#attendance-search").FillAsync("");
        (await phone.Locator("#attendance tbody tr:visible").CountAsync()).ShouldBe(due);
        (await phone.Locator("#attendance-count").InnerTextAsync()).ShouldContain("缺席2人");
        await phone.ScreenshotAsync(new() { Path = Shot("phone-meeting-entry"), FullPage = true });
        var save = phone.GetByRole(AriaRole.Button, new() { Name = "保存" });
        await AtLeast44Async(save);
        await save.TapAsync();
        await PageArrival.AtAsync(phone, new System.Text.RegularExpressions.Regex("/Meetings/Details/\\d+"));
        (await phone.Locator("#counts").InnerTextAsync()).ShouldBe($"应到{due}人，实到{due - 2}人");
        await NoSidewaysScrollAsync(phone, "meeting details");
        await phone.GotoAsync($"{app.BaseUrl}/Meetings");
        await NoSidewaysScrollAsync(phone, "meeting list");

        // The township raises an item for the branch (desktop), the branch answers it with a photo (phone).
        var problem = $"党员活动室制度未上墙{Guid.NewGuid():N}"[..18];
        await desk.LoginAsync(app.BaseUrl, "clerk");
        await desk.Page.GotoAsync($"{app.BaseUrl}/Loop/Rectification/Create");
        await desk.Page.Locator("#Form_OrganizationId").SelectOptionAsync(org);
        await desk.Page.Locator("#Form_Problem").FillAsync(problem);
        await desk.Page.Locator("#Form_Deadline").FillAsync("2030-06-30");
        await desk.Page.GetByRole(AriaRole.Button, new() { Name = "交办" }).ClickAsync();
        await PageArrival.AtAsync(desk.Page, $"{app.BaseUrl}/Loop/Rectification");

        await phone.GotoAsync($"{app.BaseUrl}/Loop/Rectification");
        await NoSidewaysScrollAsync(phone, "rectification list");
        await phone.GetByRole(AriaRole.Link, new() { Name = problem }).TapAsync();
        await PageArrival.AtAsync(phone, new System.Text.RegularExpressions.Regex("/Loop/Rectification/Details/\\d+$"));
        await NoSidewaysScrollAsync(phone, "rectification item");
        await phone.Locator("#Measures").FillAsync("制度牌已制作上墙");
        await phone.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "制度上墙.png", MimeType = "image/png", Buffer = Png });
        var send = phone.GetByRole(AriaRole.Button, new() { Name = "报送整改材料" });
        await AtLeast44Async(send);
        await send.TapAsync();
        await phone.Locator("#evidence-files a").WaitForAsync();
        (await phone.Locator("#evidence-files a").InnerTextAsync()).ShouldBe("制度上墙.png");
        (await phone.Locator("#status").InnerTextAsync()).ShouldBe("待销号");
        await NoSidewaysScrollAsync(phone, "rectification answered");
        await phone.ScreenshotAsync(new() { Path = Shot("phone-rectification-answered"), FullPage = true });
    }

    private static string Shot(string name)
    {
        var dir = Path.Combine(AppProcess.Artifacts, "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, $"{name}.png");
    }

    private static async Task AtLeast44Async(ILocator control)
    {
        var box = (await control.BoundingBoxAsync())!;
        box.Height.ShouldBeGreaterThanOrEqualTo(44, "tap target height");
        box.Width.ShouldBeGreaterThanOrEqualTo(44, "tap target width");
    }

    private static async Task NoSidewaysScrollAsync(IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"{where} scrolls sideways on a phone ({string.Join('/', widths.Select(w => w.ToString(CultureInfo.InvariantCulture)))})");
    }
}
