namespace Dangjian.Core.Reports.Check;

/// <summary>
/// The standard sections of a duty report: 一、 (履职情况), 二、 (问题及原因), 三、 (下一步), numbered in order, and the
/// 原因 analysis. A fragment (fewer than two headings and under 500 characters) is not judged.
/// </summary>
public static class SectionCheck
{
    private const int MinimumReportLength = 500;

    public static IEnumerable<Finding> Check(ReportText report)
    {
        var headings = report.Headings;
        if (headings.Count < 2 && report.Text.Length < MinimumReportLength)
        {
            yield break;
        }

        if (headings.Count == 0)
        {
            yield return new Finding(FindingKind.Sections, 0, 0, report.Excerpt(0, 0, 12), "没有找到“一、”“二、”“三、”等部分标题：述职报告应分为履职情况、存在问题及原因、下一步工作思路三部分。");
            yield break;
        }

        var expected = 1;
        foreach (var heading in headings)
        {
            var number = (int)(ChineseNumeral.Parse(heading.Number) ?? 0);
            if (number != expected)
            {
                yield return new Finding(FindingKind.Sections, heading.Start, heading.Number.Length + 1, report.Excerpt(heading.Start, heading.Number.Length + 1),
                    number > expected
                        ? $"标题“{heading.Number}、”前缺少第{Reports.ChineseNumbers.Of(expected)}部分（编号跳过了“{Reports.ChineseNumbers.Of(expected)}、”）。"
                        : $"标题“{heading.Number}、”顺序不对：此处应为“{Reports.ChineseNumbers.Of(expected)}、”。");
            }

            expected = Math.Max(expected, number) + 1;
        }

        var top = headings.Max(h => (int)(ChineseNumeral.Parse(h.Number) ?? 0));
        if (top < 3)
        {
            var end = report.Text.Length;
            yield return new Finding(FindingKind.Sections, end, 0, report.Excerpt(end, 0, 12),
                $"报告只有{Reports.ChineseNumbers.Of(Math.Max(top, 1))}个部分：标准结构为“一、履职情况”“二、存在问题及原因”“三、下一步工作思路和措施”。");
        }

        if (!report.Text.Contains("原因", StringComparison.Ordinal))
        {
            var problems = headings.FirstOrDefault(h => h.Title.Contains("问题", StringComparison.Ordinal)) ?? headings[0];
            yield return new Finding(FindingKind.Sections, problems.Start, problems.Title.Length + 2, report.Excerpt(problems.Start, problems.Title.Length + 2, 0),
                "没有找到对问题“原因”的分析：存在问题部分应写明问题及其原因。");
        }
    }
}
