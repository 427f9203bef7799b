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
        PageArrival.Watch(session.Page);
        return session;
    }

    public Task LoginAsync(string baseUrl, string user, string password = "Demo@2026") => SignInAsync(Page, baseUrl, user, password);

    /// <summary>
    /// Signs in on the login form and waits for the home page (<see cref="PageArrival"/>). When the home page does not come,
    /// the failure says where the browser is, what it shows (an error page, the form with a message, or nothing yet), the
    /// requests still open and the app's recent log, with a screenshot.
    /// </summary>
    /// <param name="tap">taps the button as a finger does on a phone, instead of clicking it.</param>
    public static async Task SignInAsync(IPage page, string baseUrl, string user, string password = "Demo@2026", bool tap = false)
    {
        await page.GotoAsync($"{baseUrl}/");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(password);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var button = page.GetByRole(AriaRole.Button, new() { Name = "登录" });
        await (tap ? button.TapAsync() : button.ClickAsync());
        try
        {
            await PageArrival.AtAsync(page, $"{baseUrl}/");
        }
        catch (TimeoutException e)
        {
            var dir = Path.Combine(AppProcess.Artifacts, "screenshots");
            Directory.CreateDirectory(dir);
            var shot = Path.Combine(dir, $"sign-in-timeout-{user}-{Environment.TickCount64}.png");
            string text;
            try
            {
                await page.ScreenshotAsync(new() { Path = shot, FullPage = true, Timeout = 10000 });
                text = await page.EvaluateAsync<string>("() => document.body ? document.body.innerText.slice(0, 600) : '(no body)'");
            }
            catch (PlaywrightException inner)
            {
                text = $"(page unreadable: {inner.Message})";
            }

            throw new TimeoutException(
                $"signing in as {user} did not reach {baseUrl}/ within {started.Elapsed.TotalSeconds:F0} s; "
                + $"the browser is at {page.Url}, showing:\n{text}\n(screenshot {shot})\n{PageArrival.Evidence(page)}", e);
        }
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
