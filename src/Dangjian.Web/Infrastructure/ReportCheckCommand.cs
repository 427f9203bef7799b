using System.Globalization;
using Dangjian.Core.ReportCheck;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// <c>check FILE|FOLDER… [--year N] [--xlsx SUMMARY.xlsx]</c>: the report checker (述职报告体检) on .docx/.txt files,
/// printing each finding and each figure as a line. Text checks and figure extraction only: the cross-check against the
/// records is not part of this verb. Exit code 0 no findings, 1 findings, 2 a file could not be read or bad usage.
/// </summary>
public static class ReportCheckCommand
{
    private const string Usage = "用法：check <文件或文件夹>… [--year 年度] [--xlsx 汇总.xlsx]";

    public static async Task<int> RunAsync(string[] args)
    {
        var rest = args.ToList();
        var year = Option(rest, "--year") is { } y ? int.TryParse(y, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1 : (int?)null;
        var xlsx = Option(rest, "--xlsx");
        if (rest.Count == 0 || year == -1)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var files = rest.SelectMany(Expand).ToList();
        var limits = new ReportCheckOptions();
        var rows = new List<string?[]>();
        var exit = 0;
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            var read = ReportFile.Read(stream, file, limits);
            if (read.Text is null)
            {
                await Console.Error.WriteLineAsync($"{file}: {read.Problem}");
                exit = 2;
                continue;
            }

            var result = ReportChecker.Check(read.Text, year);
            foreach (var row in CheckSummary.Rows(file, result))
            {
                Console.WriteLine(CheckSummary.Print(file, row));
                rows.Add(row);
            }

            Console.WriteLine($"{file}: {result.Year?.ToString(CultureInfo.InvariantCulture) ?? "年度不明"}，发现问题 {result.Findings.Count} 处，数字 {result.Figures.Count} 个。");
            exit = Math.Max(exit, result.Findings.Count > 0 ? 1 : 0);
        }

        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync("没有找到 .docx 或 .txt 文件。");
            return 2;
        }

        if (xlsx is not null)
        {
            await using var output = File.Create(xlsx);
            await CheckSummary.WriteXlsxAsync(output, rows);
            Console.WriteLine($"汇总已写入 {xlsx}");
        }

        return exit;
    }

    private static string? Option(List<string> args, string name)
    {
        var at = args.IndexOf(name);
        if (at < 0)
        {
            return null;
        }

        var value = args.ElementAtOrDefault(at + 1) ?? "";
        args.RemoveRange(at, Math.Min(2, args.Count - at));
        return value;
    }

    private static IEnumerable<string> Expand(string path) => Directory.Exists(path)
        ? Directory.EnumerateFiles(path).Where(f => ReportFile.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal)
        : File.Exists(path) ? [path] : throw new Dangjian.Core.Data.ConfigurationProblem($"找不到文件“{path}”。");
}
