using System.Text;
using System.Text.RegularExpressions;

namespace Dangjian.E2E;

/// <summary>Collects a started app's console output and notices the address it listens on.</summary>
public static partial class AppOutput
{
    public static void Observe(string? line, StringBuilder output, TaskCompletionSource<string> listening)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (ListeningOn().Match(line) is { Success: true } m)
        {
            listening.TrySetResult(m.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
