using System.Globalization;
using Dangjian.Core.Reports.Check;
using Shouldly;

namespace Dangjian.Core.Tests.Reports.Check;

/// <summary>
/// Issue #17 acceptance on the three real seeds (copied into Data/, annotated by hand in seed-figures.tsv and
/// seed-defects.tsv): every annotated defect is found, no placeholder or residue is reported where none was annotated,
/// and every figure of each seed's 一、 is extracted with its value and unit.
/// </summary>
public sealed class SeedCheckTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("000", 2023)]
    [InlineData("001", 2022)]
    [InlineData("002", 2023)]
    public void Every_annotated_defect_is_found_and_no_placeholder_or_residue_beyond_them(string seed, int year)
    {
        var text = CheckData.Seed(seed).ReplaceLineEndings("\n");
        var result = ReportChecker.Check(text);
        result.Year.ShouldBe(year);
        var annotated = CheckData.Rows("seed-defects.tsv").Where(r => r[0] == seed).ToList();
        foreach (var row in annotated)
        {
            var at = Locate(text, row[2]);
            result.Findings.ShouldContain(f => f.Kind == Enum.Parse<FindingKind>(row[1]) && f.Start >= at && f.Start < at + row[2].Length, $"{row[1]} in {row[2]}");
        }

        foreach (var finding in result.Findings)
        {
            output.WriteLine($"{finding.Kind} line {result.LineOf(finding.Start)}: {finding.Message}");
        }

        var strict = result.Findings.Where(f => f.Kind is FindingKind.Placeholder or FindingKind.WebResidue).ToList();
        strict.Count.ShouldBe(annotated.Count(r => r[1] is "Placeholder" or "WebResidue"));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void Every_figure_of_the_first_section_is_extracted_with_its_value_and_unit(string seed)
    {
        var text = CheckData.Seed(seed).ReplaceLineEndings("\n");
        var result = ReportChecker.Check(text);
        var annotated = CheckData.Rows("seed-figures.tsv").Where(r => r[0] == seed).ToList();
        annotated.Count.ShouldBeGreaterThan(30);
        foreach (var row in annotated)
        {
            var at = Locate(text, row[1]);
            var value = decimal.Parse(row[2], CultureInfo.InvariantCulture);
            result.Figures.ShouldContain(f => f.Start >= at && f.Start < at + row[1].Length && f.Value == value && f.Unit == row[3], $"{row[2]} {row[3]} in {row[1]}");
        }

        var first = (text.IndexOf("一、", StringComparison.Ordinal), text.IndexOf("\n二、", StringComparison.Ordinal));
        var inFirst = result.Figures.Where(f => f.Start > first.Item1 && f.Start < first.Item2).ToList();
        foreach (var figure in inFirst)
        {
            output.WriteLine($"{figure.Subject} | {figure.ValueText} {figure.Unit} | {figure.Modifier}");
        }

        inFirst.Count.ShouldBe(annotated.Count, "no figure beyond the annotated ones");
    }

    private static int Locate(string text, string context)
    {
        var at = text.IndexOf(context, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, context);
        text.IndexOf(context, at + 1, StringComparison.Ordinal).ShouldBe(-1, $"context not unique: {context}");
        return at;
    }
}
