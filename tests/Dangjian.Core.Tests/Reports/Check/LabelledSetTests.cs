using System.Globalization;
using Dangjian.Core.Reports.Check;
using Shouldly;

namespace Dangjian.Core.Tests.Reports.Check;

/// <summary>
/// Issue #17 acceptance: the checker against the labelled set written by hand (Data/figures.tsv, Data/defects.tsv).
/// Prints precision and recall per finding kind and for figure extraction; fails under 0.9 precision / 0.85 recall.
/// </summary>
public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.9;
    private const double MinimumRecall = 0.85;

    [Fact]
    public void Figure_extraction_reaches_the_required_precision_and_recall()
    {
        var rows = CheckData.Rows("figures.tsv");
        rows.Count.ShouldBeGreaterThanOrEqualTo(150);
        rows.Count(r => r[1] == "-").ShouldBeGreaterThanOrEqualTo(25, "negatives: years, dates, 35岁以下, 第三, 一是…");
        var score = new Score("figures");
        foreach (var row in rows)
        {
            var expected = row[1] == "-" ? [] : row[1].Split(';').Select(Key).ToList();
            var found = FigureExtractor.Extract(row[0]).Select(f => $"{f.ValueText} {f.Unit}").ToList();
            foreach (var missing in expected.ToList())
            {
                if (found.Remove(missing))
                {
                    score.TruePositives++;
                    expected.Remove(missing);
                }
            }

            score.FalseNegatives += expected.Count;
            score.FalsePositives += found.Count;
            foreach (var wrong in expected.Select(e => "missed " + e).Concat(found.Select(f => "extra " + f)))
            {
                output.WriteLine($"{wrong}: {row[0]}");
            }
        }

        output.WriteLine(score.ToString());
        score.Precision.ShouldBeGreaterThanOrEqualTo(MinimumPrecision);
        score.Recall.ShouldBeGreaterThanOrEqualTo(MinimumRecall);
    }

    [Fact]
    public void Every_finding_kind_reaches_the_required_precision_and_recall()
    {
        var rows = CheckData.Rows("defects.tsv");
        rows.Count(r => r[0] != "-").ShouldBeGreaterThanOrEqualTo(60);
        var scores = Enum.GetValues<FindingKind>().ToDictionary(k => k, k => new Score(k.ToString()));
        foreach (var row in rows)
        {
            var expected = row[0] == "-" ? [] : row[0].Split(',').Select(Enum.Parse<FindingKind>).ToHashSet();
            var text = row[2].Replace("\\n", "\n", StringComparison.Ordinal);
            var found = ReportChecker.Check(text, int.Parse(row[1], CultureInfo.InvariantCulture)).Findings;
            foreach (var kind in scores.Keys)
            {
                var (want, got) = (expected.Contains(kind), found.Any(f => f.Kind == kind));
                if (want && got) scores[kind].TruePositives++;
                if (!want && got) scores[kind].FalsePositives++;
                if (want && !got) scores[kind].FalseNegatives++;
                if (want != got)
                {
                    output.WriteLine($"{(want ? "missed" : "extra")} {kind}: {text.ReplaceLineEndings("⏎")} {string.Join(" | ", found.Select(f => f.Message))}");
                }
            }
        }

        foreach (var score in scores.Values)
        {
            output.WriteLine(score.ToString());
        }

        foreach (var score in scores.Values)
        {
            (score.TruePositives + score.FalseNegatives).ShouldBeGreaterThanOrEqualTo(6, $"{score.Name} needs cases in the set");
            score.Precision.ShouldBeGreaterThanOrEqualTo(MinimumPrecision, score.Name);
            score.Recall.ShouldBeGreaterThanOrEqualTo(MinimumRecall, score.Name);
        }
    }

    private static string Key(string label)
    {
        var parts = label.Trim().Split(' ');
        return $"{decimal.Parse(parts[0], CultureInfo.InvariantCulture).ToString("0.####", CultureInfo.InvariantCulture)} {parts[1]}";
    }
}
