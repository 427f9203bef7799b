using Microsoft.Playwright;

namespace Dangjian.E2E;

/// <summary>Debian's Chromium driven by Playwright (no browser download), one page in zh-CN.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public IPage Page { get; private set; } = null!;

    /// <param name="page">the page's device (viewport, touch); a 1280×900 desktop window unless given.</param>
    public static async Task<BrowserSession> OpenAsync(BrowserNewPageOptions? page = null)
    {
        var session = new BrowserSession { playwright = await Playwright.CreateAsync() };
        session.browser = await session.playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        session.Page = await session.browser.NewPageAsync(page ?? new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        // Generous: the first request after start-up JIT-compiles pages and warms the database on a busy 2-core machine.
        session.Page.SetDefaultTimeout(30000);
        session.Page.SetDefaultNavigationTimeout(60000);
        return session;
    }

    public async Task LoginAsync(string baseUrl, string user, string password = "Demo@2026")
    {
        await Page.GotoAsync($"{baseUrl}/");
        await Page.GetByLabel("用户名").FillAsync(user);
        await Page.GetByLabel("密码").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Page.WaitForURLAsync($"{baseUrl}/");
    }

    public async Task ScreenshotAsync(string name)
    {
        var dir = Path.Combine(AppProcess.Artifacts, "screenshots");
        Directory.CreateDirectory(dir);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"{name}.png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
