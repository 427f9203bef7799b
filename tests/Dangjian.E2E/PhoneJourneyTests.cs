using Dangjian.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>
/// A village branch secretary on a phone (390×844, touch): the menu folds away, and every page the role reaches — found
/// by following links from the home page, checked against the authorization matrix (<see cref="BranchPages"/>) — fits the
/// screen without sideways scrolling, with the main form controls at least 44 px tall.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PhoneJourneyTests(AppProcess app, ITestOutputHelper output)
{
    private const float MinTap = 44;

    /// <summary>Pages another piece of work is rebuilding (meeting entry, rectification evidence): their problems are reported, not failed here.</summary>
    public static readonly IReadOnlySet<string> KnownOverflowOwnedElsewhere = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    private static BrowserNewPageOptions Phone => new()
    {
        Locale = "zh-CN", ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
    };

    [Fact]
    public async Task The_menu_folds_behind_one_button_on_a_phone()
    {
        await using var browser = await BrowserSession.OpenAsync(Phone);
        var page = browser.Page;
        await browser.LoginAsync(app.BaseUrl, "branch");

        var menu = page.GetByRole(AriaRole.Button, new() { Name = "菜单" });
        var nav = page.Locator("#site-nav");
        await Assertions.Expect(nav).ToBeHiddenAsync();
        (await page.Locator("header.top").BoundingBoxAsync())!.Height.ShouldBeLessThanOrEqualTo(64, "the folded menu takes one line");
        (await menu.BoundingBoxAsync())!.Height.ShouldBeGreaterThanOrEqualTo(MinTap);

        await menu.TapAsync();
        await Assertions.Expect(nav).ToBeVisibleAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        var members = nav.GetByRole(AriaRole.Link, new() { Name = "党员名册" });
        (await members.BoundingBoxAsync())!.Height.ShouldBeGreaterThanOrEqualTo(MinTap);
        await browser.ScreenshotAsync("phone-menu-open");
        await members.TapAsync();
        await PageArrival.AtAsync(page, $"{app.BaseUrl}/Members");
        await Assertions.Expect(nav).ToBeHiddenAsync();
    }

    /// <summary>The county's heat map carries one folded section per township; opening one fetches its rows in place, and the hidden chart fetches nothing.</summary>
    [Fact]
    public async Task The_county_opens_one_township_of_the_heat_map_on_a_phone()
    {
        await using var browser = await BrowserSession.OpenAsync(Phone);
        var page = browser.Page;
        await browser.LoginAsync(app.BaseUrl, "county");
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync($"{app.BaseUrl}/OrgLife/HeatMap");
        var sections = page.Locator("#heat-table details.township");
        (await sections.CountAsync()).ShouldBeGreaterThan(1);
        (await page.Locator("#heat-table tbody tr").CountAsync()).ShouldBe(0, "every section folded, rows not in the page");
        var second = sections.Nth(1);
        await second.Locator("summary").TapAsync();

        await Assertions.Expect(second).ToHaveAttributeAsync("data-loaded", "true");
        var rows = second.Locator("tbody tr");
        (await rows.CountAsync()).ShouldBeGreaterThan(0);
        (await second.Locator("summary").InnerTextAsync()).ShouldContain($"{await rows.CountAsync()}个党组织");
        (await ProblemsAsync(page)).ShouldBeEmpty();
        requested.ShouldNotContain(u => u.Contains("handler=Chart") || u.Contains("echarts"), "the chart is hidden on a phone: neither its data nor its library");
        requested.ShouldContain(u => u.Contains("handler=Section"));
        await browser.ScreenshotAsync("phone-heatmap-county");
        await rows.First.Locator("td a").First.TapAsync();
        await PageArrival.AtAsync(page, new System.Text.RegularExpressions.Regex("/Meetings\\?org="));
    }

    [Fact]
    public async Task Every_page_the_branch_secretary_reaches_fits_390_px_with_44_px_controls()
    {
        await using var browser = await BrowserSession.OpenAsync(Phone);
        var page = browser.Page;
        await browser.LoginAsync(app.BaseUrl, "branch");

        var problems = new List<string>();
        var visited = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var perRoute = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>(["/"]);
        while (queue.TryDequeue(out var url))
        {
            var response = await page.GotoAsync(app.BaseUrl + url);
            if (response is null || response.Status != 200 || !(await response.HeaderValueAsync("content-type") ?? "").StartsWith("text/html"))
            {
                continue;
            }

            visited.Add(url);
            problems.AddRange((await ProblemsAsync(page)).Select(p => $"{url}: {p}"));
            if (Screenshots.TryGetValue(BranchPages.Endpoint(url), out var shot))
            {
                await browser.ScreenshotAsync(shot);
            }

            foreach (var href in await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"))
            {
                if (href.StartsWith('/') && !href.StartsWith("//") && !Skipped(href) && seen.Add(href) && perRoute.Add(BranchPages.Endpoint(href)))
                {
                    queue.Enqueue(href);
                }
            }
        }

        output.WriteLine($"{visited.Count} pages: {string.Join(" ", visited)}");
        await ProbeSeesWhatItLooksForAsync(page);
        BranchPages.Unreached(visited).ShouldBeEmpty("pages of the matrix the walk never reached");
        var elsewhere = problems.Where(p => KnownOverflowOwnedElsewhere.Contains(BranchPages.Endpoint(p.Split(':')[0]))).ToList();
        elsewhere.ForEach(p => output.WriteLine($"owned elsewhere: {p}"));
        problems.Except(elsewhere).ShouldBeEmpty();
    }

    /// <summary>Sideways overflow of the page, and main form controls (in forms of &lt;main&gt;) shorter than a thumb.</summary>
    private static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page) => await page.EvaluateAsync<string[]>("""
        () => {
          const found = [];
          // A mobile browser widens innerWidth to show an overflowing page whole: the screen is the layout viewport (clientWidth).
          const screen = Math.min(window.innerWidth, document.documentElement.clientWidth);
          const width = document.documentElement.scrollWidth;
          if (width > screen) {
            const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > screen + 0.5)
              .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ /g, '.') : ''));
            found.push('scrollWidth ' + width + ' > ' + screen + ' (' + wide.join(', ') + ')');
          }
          const controls = document.querySelectorAll('main form input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main form select, main form textarea, main form button');
          for (const c of controls) {
            const box = c.getBoundingClientRect();
            if (box.width === 0 || getComputedStyle(c).visibility === 'hidden' || c.closest('.implicit-submit')) { continue; }
            if (box.height < 43.5) { found.push(c.tagName.toLowerCase() + '[name=' + (c.name || c.textContent.trim()) + '] ' + box.height.toFixed(1) + ' px tall'); }
          }
          return found;
        }
        """);

    private static readonly Dictionary<string, string> Screenshots = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/Index"] = "phone-home", ["/Members/Index"] = "phone-members", ["/OrgLife/Calendar"] = "phone-calendar",
        ["/OrgLife/HeatMap"] = "phone-heatmap", ["/Meetings/Create"] = "phone-meeting-entry",
    };

    /// <summary>The probe itself: a block wider than the screen and a short button in a form of the page are both reported.</summary>
    private static async Task ProbeSeesWhatItLooksForAsync(IPage page)
    {
        (await ProblemsAsync(page)).ShouldBeEmpty();
        await page.EvaluateAsync("""
            () => {
              const form = document.createElement('form');
              const wide = document.createElement('div');
              wide.style.width = '600px';
              wide.textContent = 'wide';
              const button = document.createElement('button');
              button.textContent = 'short';
              button.style.minHeight = '0';
              button.style.height = '20px';
              form.append(wide, button);
              document.querySelector('main').append(form);
            }
            """);
        var found = await ProblemsAsync(page);
        found.ShouldContain(p => p.StartsWith("scrollWidth"));
        found.ShouldContain(p => p.Contains("short") && p.EndsWith("px tall"));
    }

    private static bool Skipped(string href) =>
        href.Contains("Logout", StringComparison.OrdinalIgnoreCase) || href.Contains("Export", StringComparison.OrdinalIgnoreCase)
        || href.Contains("Download", StringComparison.OrdinalIgnoreCase) || href.Contains("handler=File", StringComparison.OrdinalIgnoreCase);
}
