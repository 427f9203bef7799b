using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Dangjian.Core.Tests.Reports;

/// <summary>
/// A .docx as LibreOffice prints it: converted to PDF and read back with `pdftotext -layout`, page by page. A body line is
/// a non-empty line other than the page number; a full line is a paragraph's middle line (flush left and followed on its
/// page by another flush-left line) written in full-width characters only (digits and Latin letters are narrower), whose count is the characters a
/// line holds.
/// </summary>
public sealed partial class PrintedLayout
{
    private PrintedLayout(IReadOnlyList<IReadOnlyList<string>> pages) => Pages = pages;

    /// <summary>Each page's body lines, as printed (leading spaces kept: they show indents).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Pages { get; }

    public IEnumerable<int> FullLineLengths => Pages.SelectMany(page => page.Where((line, i) =>
            IsFlushLeft(line) && i + 1 < page.Count && IsFlushLeft(page[i + 1]) && line.Where(c => c != ' ').All(FullWidth))
        .Select(line => line.Count(c => c != ' ')));

    public static async Task<PrintedLayout> OfAsync(string docx)
    {
        var work = Directory.CreateTempSubdirectory("dangjian-print-").FullName;
        try
        {
            await RunAsync("soffice", ["--headless", "--norestore", $"-env:UserInstallation=file://{work}/profile", "--convert-to", "pdf", "--outdir", work, docx]);
            var pdf = Path.Combine(work, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            var text = await RunAsync("pdftotext", ["-layout", pdf, "-"]);
            return new(text.Split('\f').Where(p => p.Trim().Length > 0)
                .Select(p => (IReadOnlyList<string>)p.Split('\n').Where(l => l.Trim().Length > 0 && !PageNumber().IsMatch(l)).ToList()).ToList());
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Whether LibreOffice and poppler are here; in CI (CI=true) they must be.</summary>
    public static bool ToolsPresent() =>
        new[] { "soffice", "pdftotext" }.All(tool => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool))));

    private static bool IsFlushLeft(string line) => line.Length > 0 && line[0] != ' ';

    private static bool FullWidth(char c) => c >= '\u2E80' || c is '“' or '”' or '‘' or '’' or '…' or '—';

    private static async Task<string> RunAsync(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await error}");
    }

    [GeneratedRegex(@"^\s*—\s*\d+\s*—\s*$")]
    private static partial Regex PageNumber();
}
