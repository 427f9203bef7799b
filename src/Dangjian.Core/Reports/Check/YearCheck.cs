using System.Globalization;
using System.Text.RegularExpressions;

namespace Dangjian.Core.Reports.Check;

/// <summary>
/// The report year against the years in the text: a plan dated in or before the report year, and another year's
/// events claimed in the account of this one ("2022年，全镇…" in a 2023 report; any later year outside the plans).
/// </summary>
public static partial class YearCheck
{
    public static IEnumerable<Finding> Check(ReportText report)
    {
        if (report.Year is not { } year)
        {
            yield break;
        }

        foreach (Match m in YearRegex().Matches(report.Text))
        {
            var value = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var before = report.Text[Math.Max(0, m.Index - 3)..m.Index];
            var after = report.Text.AsSpan(m.Index + 5, Math.Min(6, report.Text.Length - m.Index - 5));
            if (report.Quoted[m.Index] || Referring().IsMatch(before) || after.StartsWith("以来") || after.StartsWith("至") || after.StartsWith("到"))
            {
                continue;
            }

            if (report.InPlan(m.Index))
            {
                if (value <= year && (ClauseStart(report.Text, m.Index) || Aiming().IsMatch(before)))
                {
                    yield return new Finding(FindingKind.Year, m.Index, 5, report.Excerpt(m.Index, 5),
                        $"下一步计划写的是{value}年，不晚于报告年度{year}年：计划应当是{year + 1}年的。");
                }
            }
            else if (value > year)
            {
                yield return new Finding(FindingKind.Year, m.Index, 5, report.Excerpt(m.Index, 5),
                    $"履职情况中出现{value}年，晚于报告年度{year}年：请核对年份。");
            }
            else if (value < year && ClauseStart(report.Text, m.Index) && ClaimedHere().IsMatch(after))
            {
                yield return new Finding(FindingKind.Year, m.Index, 5, report.Excerpt(m.Index, 5),
                    $"{year}年度的述职中把{value}年的工作当作本年度成绩：请核对年份或删去。");
            }
        }
    }

    private static bool ClauseStart(string text, int at) => at == 0 || "，。；：\n、,;: 　".Contains(text[at - 1]) || text[at - 1] == '是';

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})年")]
    private static partial Regex YearRegex();

    [GeneratedRegex("(较|比|与|同|针对|对照|自|从|截至|截止|对)$")]
    private static partial Regex Referring();

    [GeneratedRegex("(力争|争取|计划|确保|预计|将|到|在|于)$")]
    private static partial Regex Aiming();

    [GeneratedRegex("^(，|,|内|全|共|累计|我镇|我乡|全镇|全乡|本镇|镇党委|乡党委)")]
    private static partial Regex ClaimedHere();
}
