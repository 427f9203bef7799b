using System.Globalization;
using Dangjian.Core.Demo;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports.Check;

/// <summary>
/// Issue #17, the <c>check</c> verb: without a database the text checks and figures of a file, one line each; with
/// <c>--org</c> and the configured database each figure against the organization's records as well.
/// </summary>
public sealed class CheckCommandTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Without_a_database_it_prints_findings_and_figures_and_exits_1()
    {
        var file = await WriteAsync("一、履行抓基层党建工作责任情况\n坚持把抓基层党建作为最大政绩，全年召开党委会议12次，，储备村级后备干部**名，推动各项工作落实落地。");
        var (exit, lines) = await RunAsync(["check", file, "--year", "2025"]);
        exit.ShouldBe(1);
        lines.ShouldContain(l => l.Contains("重复标点", StringComparison.Ordinal));
        lines.ShouldContain(l => l.Contains("占位符", StringComparison.Ordinal));
        lines.ShouldContain(l => l.EndsWith("发现问题 2 处，数字 1 个。", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains("核对", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_an_organization_each_figure_is_checked_against_its_records()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        // the verb takes today from the system clock, as an operator runs it
        var today = TimeProvider.System.Today();
        var composed = await new ReportComposer(db, today).ComposeAsync(new ReportInput(township, today.Year));
        var text = composed.Render(ReportSection.Highlights);
        var settings = new[]
        {
            $"--Database:Provider={app.Database.Provider}", $"--Database:ConnectionString={app.Database.ConnectionString}",
            $"--Database:DataDirectory={app.Database.DataDirectory}",
        };
        var year = today.Year.ToString(CultureInfo.InvariantCulture);

        var (exit, lines) = await RunAsync(["check", await WriteAsync(text), "--org", township.Code ?? township.Name, "--year", year, .. settings]);
        lines.ShouldContain(l => l.Contains("核对", StringComparison.Ordinal) && l.Contains("与记录一致", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains("与记录不符", StringComparison.Ordinal) || l.Contains("无记录支撑", StringComparison.Ordinal), string.Join("\n", lines));

        var match = System.Text.RegularExpressions.Regex.Match(text, "党委会议(?<n>[0-9]+)次");
        match.Success.ShouldBeTrue(text);
        var n = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        var edited = text[..match.Groups["n"].Index] + (n + 1).ToString(CultureInfo.InvariantCulture) + text[(match.Groups["n"].Index + match.Groups["n"].Length)..];
        var summary = Path.Combine(app.Database.DataDirectory, $"summary-{Guid.NewGuid():N}.xlsx");
        var (editedExit, editedLines) = await RunAsync(["check", await WriteAsync(edited), "--org", township.Code ?? township.Name, "--year", year, "--xlsx", summary, .. settings]);
        editedExit.ShouldBe(1);
        editedLines.Where(l => l.Contains(": 核对 ", StringComparison.Ordinal) && l.Contains("与记录不符", StringComparison.Ordinal)).ShouldHaveSingleItem().ShouldContain($"（记录：{n}次");

        // the .xlsx summary carries the verdict and the records' value of every figure
        using (var sheet = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(summary, false))
        {
            var rows = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
                .Select(r => r.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text).ToList()).ToList();
            rows[0][^2..].ShouldBe(["核对结果", "记录数值"]);
            var differs = rows.Where(r => r[2] == "数字" && r[10] == "与记录不符").ShouldHaveSingleItem();
            differs[6].ShouldBe((n + 1).ToString(CultureInfo.InvariantCulture));
            differs[11].ShouldBe($"{n}次");
            rows.Count(r => r[2] == "数字" && r[10] == "与记录一致").ShouldBeGreaterThan(5);
        }

        exit.ShouldBeLessThanOrEqualTo(1);

        (await RunAsync(["check", await WriteAsync(text), "--org", "无此组织", "--year", year, .. settings])).Exit.ShouldBe(2);
    }

    private async Task<string> WriteAsync(string text)
    {
        var file = Path.Combine(app.Database.DataDirectory, $"report-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, text);
        return file;
    }

    /// <summary>Runs the verb, keeping the lines it printed about its own files (other tests may write to the console meanwhile).</summary>
    private static async Task<(int Exit, List<string> Lines)> RunAsync(string[] args)
    {
        var file = args[1];
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = (await Cli.TryRunAsync(args))!.Value;
        }
        finally
        {
            Console.SetOut(original);
        }

        return (exit, output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(file, StringComparison.Ordinal)).ToList());
    }
}
