namespace Dangjian.Core.Reports.Check;

/// <summary>Quotes and brackets left open or closed without opening, paragraph by paragraph.</summary>
public static class BalanceCheck
{
    private static readonly (char Open, char Close, string Name)[] Pairs =
    [
        ('“', '”', "双引号"), ('‘', '’', "单引号"), ('（', '）', "括号"), ('(', ')', "括号"), ('《', '》', "书名号"), ('【', '】', "方括号"), ('〔', '〕', "括号"),
    ];

    public static IEnumerable<Finding> Check(ReportText report)
    {
        var text = report.Text;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            foreach (var finding in Paragraph(report, start, end))
            {
                yield return finding;
            }

            start = end + 1;
        }
    }

    private static IEnumerable<Finding> Paragraph(ReportText report, int start, int end)
    {
        var text = report.Text;
        foreach (var (open, close, name) in Pairs)
        {
            var opened = new Stack<int>();
            for (var i = start; i < end; i++)
            {
                if (text[i] == open)
                {
                    opened.Push(i);
                }
                else if (text[i] == close)
                {
                    if (opened.Count == 0)
                    {
                        yield return new Finding(FindingKind.Unbalanced, i, 1, report.Excerpt(i, 1), $"多出一个右{name}“{close}”，前面没有与之配对的“{open}”。");
                    }
                    else
                    {
                        opened.Pop();
                    }
                }
            }

            foreach (var at in opened.Reverse())
            {
                yield return new Finding(FindingKind.Unbalanced, at, 1, report.Excerpt(at, 1), $"左{name}“{open}”没有配对的“{close}”，请补全或删除。");
            }
        }

        var straight = Enumerable.Range(start, end - start).Where(i => text[i] == '"').ToList();
        if (straight.Count % 2 == 1)
        {
            yield return new Finding(FindingKind.Unbalanced, straight[^1], 1, report.Excerpt(straight[^1], 1), "英文双引号\"不配对，请补全（中文报告宜用“”）。");
        }
    }
}
