using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dangjian.E2E;

/// <summary>
/// Waits for a page a click or tap navigates to (<see cref="AtAsync(IPage, string)"/> by its address,
/// <see cref="AfterAsync"/> for a form posted back to its own), and records requests the browser still waits on.
/// <para>
/// A page has arrived when its address is the expected one and the layout's footer, the last element every page draws, is
/// in the document: the whole page came. The browser's load event is then waited for only briefly and is not required. In
/// about one CI run in four (sessions 10–15) a navigation started by a click had its page drawn in full while the load
/// event did not come within 60 s; a journey failed on that alone. When the load event is late, the requests still open are
/// written to artifacts/logs/late-loads.log with the app's recent log, so the cause can be found there.
/// </para>
/// </summary>
public static class PageArrival
{
    private static readonly ConcurrentDictionary<IPage, ConcurrentDictionary<IRequest, long>> Open = new();

    /// <summary>Keeps the requests of this page that have neither finished nor failed.</summary>
    public static void Watch(IPage page)
    {
        var open = Open.GetOrAdd(page, _ => new());
        page.Request += (_, r) => open[r] = Environment.TickCount64;
        page.RequestFinished += (_, r) => open.TryRemove(r, out long _);
        page.RequestFailed += (_, r) => open.TryRemove(r, out long _);
        page.Close += (_, _) => Open.TryRemove(page, out _);
    }

    public static Task AtAsync(IPage page, string url) =>
        ArriveAsync(page, url, () => page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit }));

    public static Task AtAsync(IPage page, Regex url) =>
        ArriveAsync(page, url.ToString(), () => page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit }));

    /// <summary>
    /// Runs <paramref name="act"/> (a click that submits a form or follows a link) and waits until a new document has
    /// replaced the one it ran on — a mark left on the old window is gone — and has its footer. Once, a form posted
    /// and answered in 39 ms (the app's log) never got its DOMContentLoaded event to the test within 60 s; this asks the
    /// page itself instead.
    /// </summary>
    public static async Task AfterAsync(IPage page, Func<Task> act)
    {
        await page.EvaluateAsync("() => { window.__leaving = true; }");
        await act();
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (!await ReplacedAsync(page))
        {
            if (started.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"no new page within 60 s after the click; the browser is at {page.Url}\n{Evidence(page)}");
            }

            await Task.Delay(100);
        }

        await LoadOrNoteAsync(page, page.Url);
    }

    private static async Task<bool> ReplacedAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<bool>("() => window.__leaving !== true && document.querySelector('body > footer') !== null");
        }
        catch (PlaywrightException)
        {
            return false; // the old document went away while it was asked
        }
    }

    /// <summary>What a wait that failed or ran late leaves for the next reader: the requests this page still waits on (how
    /// long each has been open) and the app's last log lines (every request's start and end).</summary>
    public static string Evidence(IPage page)
    {
        var now = Environment.TickCount64;
        var requests = Open.TryGetValue(page, out var open) && !open.IsEmpty
            ? string.Join("\n", open.Select(kv => $"{kv.Key.Method} {kv.Key.Url} ({kv.Key.ResourceType}) open {(now - kv.Value) / 1000.0:F1} s"))
            : "(no request open)";
        return $"requests open:\n{requests}\nthe app's last lines:\n{AppProcess.RecentLog(page.Url, 40)}";
    }

    private static async Task ArriveAsync(IPage page, string expected, Func<Task> committed)
    {
        await committed();
        await page.Locator("body > footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await LoadOrNoteAsync(page, expected);
    }

    private static async Task LoadOrNoteAsync(IPage page, string expected)
    {
        try
        {
            await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 15000 });
        }
        catch (TimeoutException)
        {
            await NoteLateLoadAsync(page, expected);
        }
    }

    private static async Task NoteLateLoadAsync(IPage page, string expected)
    {
        var dir = Path.Combine(AppProcess.Artifacts, "logs");
        Directory.CreateDirectory(dir);
        var state = await page.EvaluateAsync<string>("() => document.readyState");
        var note = $"== {TimeProvider.System.GetUtcNow():O} {expected}: page drawn, load event not within 15 s; readyState {state}\n"
            + Evidence(page) + "\n";
        await File.AppendAllTextAsync(Path.Combine(dir, "late-loads.log"), note);
    }
}
