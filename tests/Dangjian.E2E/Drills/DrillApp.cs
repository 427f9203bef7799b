using System.Diagnostics;
using System.Net;
using Dangjian.Web.Tests.Infrastructure;


namespace Dangjian.E2E.Drills;

/// <summary>
/// The real executable on one data folder and database (of the provider DANGJIAN_TEST_PROVIDER names), which a drill
/// may kill with SIGKILL and start again on the same data, on a free loopback port.
/// </summary>
public sealed class DrillApp(DrillDatabase database) : IAsyncDisposable
{
    private Process? process;
    private readonly System.Text.StringBuilder output = new();

    public DrillDatabase Database { get; } = database;
    public string BaseUrl { get; private set; } = "";
    public string Output { get { lock (output) { return output.ToString(); } } }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Dangjian.Web.dll"),
            "--contentRoot", Path.Combine(AppProcess.RepositoryRoot, "src", "Dangjian.Web")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Database.DataDirectory,
        };
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Database__Provider"] = Database.Provider;
        start.Environment["Database__ConnectionString"] = Database.ConnectionString;
        start.Environment["Database__DataDirectory"] = Database.DataDirectory;
        start.Environment["Database__SeedDemo"] = "true";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        process = Process.Start(start)!;
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => AppOutput.Observe(e.Data, output, listening);
        process.ErrorDataReceived += (_, e) => AppOutput.Observe(e.Data, output, listening);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var done = await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(300)), process.WaitForExitAsync());
        BaseUrl = done == listening.Task ? await listening.Task : throw new InvalidOperationException($"the app did not start:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown, no finally blocks, no flush — as a power cut or the OOM killer would.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public Browser NewBrowser() =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(120) });

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        await Database.DisposeAsync();
    }
}
