using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports.Check;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// <c>check FILE|FOLDER… [--year N] [--xlsx SUMMARY.xlsx] [--org CODE --Database:…=…]</c>: the report checker (述职报告体检)
/// on .docx/.txt files, printing each finding and each figure as a line. Without <c>--org</c> it needs no database: text
/// checks and figure extraction only. With <c>--org</c> (an organization's code or full name) and the year, it opens the
/// configured database and also prints each figure against that organization's records (<see cref="RecordCheck"/>).
/// Exit code 0 no findings, 1 findings (or a figure that differs from the records), 2 a file could not be read or bad usage.
/// </summary>
public static class ReportCheckCommand
{
    private const string Usage = "用法：check <文件或文件夹>… [--year 年度] [--xlsx 汇总.xlsx] [--org 党组织编码 --year 年度]";

    public static async Task<int> RunAsync(string[] args)
    {
        var rest = args.ToList();
        var year = Option(rest, "--year") is { } y ? int.TryParse(y, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1 : (int?)null;
        var xlsx = Option(rest, "--xlsx");
        var orgText = Option(rest, "--org");
        var settings = rest.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray();
        rest.RemoveAll(settings.Contains);
        if (rest.Count == 0 || year == -1 || (orgText is not null && year is null))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        await using var records = orgText is null ? null : await RecordsAsync(orgText, settings);
        if (orgText is not null && records is null)
        {
            await Console.Error.WriteLineAsync($"找不到党组织“{orgText}”（填组织编码或全称）。");
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
            var against = records is null ? null : await records.CompareAsync(result, year!.Value);
            foreach (var row in CheckSummary.Rows(file, result, against))
            {
                Console.WriteLine(CheckSummary.Print(file, row));
                rows.Add(row);
            }

            Console.WriteLine($"{file}: {result.Year?.ToString(CultureInfo.InvariantCulture) ?? "年度不明"}，发现问题 {result.Findings.Count} 处，数字 {result.Figures.Count} 个。");
            exit = Math.Max(exit, result.Findings.Count > 0 ? 1 : 0);
            if (records is not null && against is not null)
            {
                foreach (var a in against)
                {
                    var f = a.Claimed;
                    Console.WriteLine($"{file}:{result.LineOf(f.Start)}: 核对 {f.Subject}{f.Text} {CheckLabels.Of(a.Verdict)}"
                        + (a.IndicatorId is { } id ? $"（记录：{a.Computed ?? "没有记录"}，指标 {id}）" : "")
                        + (a.Candidates is { Count: > 0 } names ? $"（可能是：{string.Join("、", names)}）" : ""));
                }

                Console.WriteLine($"{file}: 与{records.Organization.Name}{year}年的记录核对：" + string.Join("，", against.GroupBy(a => a.Verdict).OrderBy(g => g.Key).Select(g => $"{CheckLabels.Of(g.Key)} {g.Count()} 个")) + "。");
                exit = Math.Max(exit, against.Any(a => a.Verdict is RecordVerdict.Differs or RecordVerdict.NoRecord) ? 1 : 0);
            }
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

    /// <summary>The configured database and the organization (by code, then full name) whose records the figures are checked against.</summary>
    private static async Task<OrganizationRecords?> RecordsAsync(string org, string[] settings)
    {
        var (builder, options) = Cli.Configured(settings);
        var db = Cli.OpenDatabase(builder, options);
        var found = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == org)
            ?? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Name == org);
        if (found is null)
        {
            await db.DisposeAsync();
            return null;
        }

        return new OrganizationRecords(db, found);
    }

    private sealed class OrganizationRecords(AppDbContext db, Organization organization) : IAsyncDisposable
    {
        public Organization Organization => organization;

        public Task<IReadOnlyList<CheckedFigure>> CompareAsync(ReportCheckResult result, int year) =>
            new RecordCheck(db, TimeProvider.System).CompareAsync(organization, year, result);

        public ValueTask DisposeAsync() => db.DisposeAsync();
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
