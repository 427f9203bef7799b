using System.Diagnostics;

namespace Dangjian.E2E;

/// <summary>
/// The application as a user starts it: the real executable on a fresh SQLite data folder, on a free
/// loopback port, seeding the demo county at first start.
/// </summary>
public sealed class AppProcess : IAsyncLifetime
{
    private Process? process;
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("dangjian-e2e-").FullName;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's data folder (database, keys): drills write through the app's own DbContext into it.</summary>
    public string DataDirectory => dataDirectory;
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    private readonly System.Text.StringBuilder output = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, AppProcess> Running = new();

    /// <summary>The last lines the app at this address printed (every request's start and end among them).</summary>
    public static string RecentLog(string url, int lines)
    {
        var origin = new Uri(url).GetLeftPart(UriPartial.Authority);
        if (!Running.TryGetValue(origin, out var app))
        {
            return $"(no app of this run at {origin})";
        }

        var all = app.Output.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dangjian.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public static string Artifacts =>
        Environment.GetEnvironmentVariable("DANGJIAN_ARTIFACTS") ?? Path.Combine(RepositoryRoot, "artifacts");

    public async ValueTask InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Dangjian.Web.dll"),
            "--contentRoot", Path.Combine(RepositoryRoot, "src", "Dangjian.Web")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataDirectory,
        };
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Database__DataDirectory"] = dataDirectory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // every request's start and end in artifacts/logs: a journey that times out waiting for a page (it happens
        // rarely, cause unknown) then shows whether the request reached the app and whether it finished
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        process = Process.Start(start)!;
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => AppOutput.Observe(e.Data, output, listening);
        process.ErrorDataReceived += (_, e) => AppOutput.Observe(e.Data, output, listening);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // First start seeds the demo county: ~15 s alone, minutes when several test runs share the two cores.
        var done = await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(240)), process.WaitForExitAsync());
        if (done != listening.Task)
        {
            throw new InvalidOperationException($"the app did not start:\n{Output}");
        }

        BaseUrl = await listening.Task;
        Running[BaseUrl] = this;
    }

    public async ValueTask DisposeAsync()
    {
        Running.TryRemove(BaseUrl, out _);
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        // The app's console (warnings and errors) beside the screenshots, for a journey that failed in CI.
        var logs = Path.Combine(Artifacts, "logs");
        Directory.CreateDirectory(logs);
        await File.WriteAllTextAsync(Path.Combine(logs, $"app-{new Uri(BaseUrl.Length > 0 ? BaseUrl : "http://127.0.0.1:0").Port}.log"), Output);
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
