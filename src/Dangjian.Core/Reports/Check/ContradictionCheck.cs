using System.Globalization;
using System.Text.RegularExpressions;

namespace Dangjian.Core.Reports.Check;

/// <summary>
/// Figures of one sentence that contradict each other: a "其中" part larger than its total, a share that is not
/// part ÷ whole of the two counts before it, and "由A到B，下降/提高C%" that does not compute. Only clear cases are
/// judged (same unit, no 余/约/以上 estimate): an unjudged sentence is better than a false alarm.
/// </summary>
public static partial class ContradictionCheck
{
    private const decimal Tolerance = 0.6m;

    public static IEnumerable<Finding> Check(ReportText report, IReadOnlyList<ClaimedFigure> figures)
    {
        foreach (var sentence in report.Sentences)
        {
            var (from, to) = (sentence.Start.Value, sentence.End.Value);
            var inSentence = figures.Where(f => f.Start >= from && f.Start < to).ToList();
            if (inSentence.Count < 2)
            {
                continue;
            }

            foreach (var finding in Parts(report, inSentence, from, to).Concat(Shares(report, inSentence)).Concat(Changes(report, inSentence)))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<Finding> Parts(ReportText report, List<ClaimedFigure> figures, int from, int to)
    {
        var among = report.Text.IndexOf("其中", from, to - from, StringComparison.Ordinal);
        if (among < 0 || figures.LastOrDefault(f => f.Start < among) is not { } total || !Exact(total) || total.Unit == "%")
        {
            yield break;
        }

        foreach (var part in figures.Where(f => f.Start > among && f.Unit == total.Unit && Exact(f) && f.Value > total.Value))
        {
            yield return new Finding(FindingKind.Contradiction, part.Start, part.Length, report.Excerpt(part.Start, part.Length),
                $"“其中”的部分（{part.ValueText}{part.Unit}）大于总数（{total.ValueText}{total.Unit}）：请核对。");
        }
    }

    private static IEnumerable<Finding> Shares(ReportText report, List<ClaimedFigure> figures)
    {
        for (var i = 2; i < figures.Count; i++)
        {
            var rate = figures[i];
            var prefix = report.Text[Math.Max(0, rate.Start - 8)..rate.Start];
            if (rate.Unit != "%" || !Exact(rate) || !ShareWords().IsMatch(rate.Subject + prefix))
            {
                continue;
            }

            var (whole, part) = (figures[i - 2], figures[i - 1]);
            if (whole.Unit != part.Unit || whole.Unit == "%" || !Exact(whole) || !Exact(part) || whole.Value == 0 || part.Value > whole.Value)
            {
                continue;
            }

            var computed = part.Value / whole.Value * 100;
            if (Math.Abs(computed - rate.Value) > Tolerance)
            {
                yield return new Finding(FindingKind.Contradiction, rate.Start, rate.Length, report.Excerpt(rate.Start, rate.Length),
                    $"比例写的是{rate.ValueText}%，但按同句的{part.ValueText}{part.Unit}÷{whole.ValueText}{whole.Unit}计算应为{Round(computed)}%。");
            }
        }
    }

    private static IEnumerable<Finding> Changes(ReportText report, List<ClaimedFigure> figures)
    {
        for (var i = 0; i + 2 < figures.Count; i++)
        {
            var (a, b, c) = (figures[i], figures[i + 1], figures[i + 2]);
            if (a.Modifier != "由" || !b.Modifier.EndsWith('到') && !b.Modifier.EndsWith('至') || a.Unit != b.Unit || a.Value == 0)
            {
                continue;
            }

            var between = report.Text[(b.Start + b.Length)..c.Start];
            var verb = ChangeVerb().Match(between);
            if (!verb.Success || c.Unit is not ("%" or "百分点"))
            {
                continue;
            }

            var down = verb.Groups["down"].Success;
            var relative = (b.Value - a.Value) / a.Value * 100 * (down ? -1 : 1);
            var points = (b.Value - a.Value) * (down ? -1 : 1);
            var fits = c.Unit == "百分点"
                ? a.Unit == "%" && Math.Abs(points - c.Value) <= Tolerance
                : Math.Abs(relative - c.Value) <= Tolerance || (a.Unit == "%" && Math.Abs(points - c.Value) <= Tolerance);
            if (!fits)
            {
                yield return new Finding(FindingKind.Contradiction, c.Start, c.Length, report.Excerpt(c.Start, c.Length),
                    $"由{a.ValueText}{a.Unit}到{b.ValueText}{b.Unit}，{verb.Value}幅度应为{(c.Unit == "百分点" ? Round(points) + "个百分点" : Round(relative) + "%")}，不是{c.ValueText}{(c.Unit == "百分点" ? "个百分点" : "%")}。");
            }
        }
    }

    private static bool Exact(ClaimedFigure f) => f.Modifier is "" or "达到" or "达" or "由" or "共" or "累计" or "共计" || f.Modifier.EndsWith('到');

    private static string Round(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex("占|比例|比重")]
    private static partial Regex ShareWords();

    [GeneratedRegex("(?<down>下降|减少|降低|压缩|缩减)|(?<up>增长|增加|提高|上升|提升)")]
    private static partial Regex ChangeVerb();
}
