using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dangjian.E2E;

/// <summary>
/// Waits for a page a click or tap navigates to, and records requests the browser still waits on.
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

    /// <summary>The requests this page still waits on, with how long each has been open.</summary>
    public static string OpenRequests(IPage page)
    {
        if (!Open.TryGetValue(page, out var open) || open.IsEmpty)
        {
            return "(no request open)";
        }

        var now = Environment.TickCount64;
        return string.Join("\n", open.Select(kv => $"{kv.Key.Method} {kv.Key.Url} ({kv.Key.ResourceType}) open {(now - kv.Value) / 1000.0:F1} s"));
    }

    private static async Task ArriveAsync(IPage page, string expected, Func<Task> committed)
    {
        await committed();
        await page.Locator("body > footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
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
            + OpenRequests(page) + "\n" + AppProcess.RecentLog(page.Url, 40) + "\n";
        await File.AppendAllTextAsync(Path.Combine(dir, "late-loads.log"), note);
    }
}
