using System.Text.RegularExpressions;

namespace Dangjian.Core.Reports.Check;

/// <summary>
/// The text being checked with what every check needs: which characters sit inside quotes or 《》 (names and slogans,
/// never figures), the sentences, the section headings (一、二、三、 at the start of a line), the plan section
/// (下一步…) and the report year.
/// </summary>
public sealed partial class ReportText
{
    public ReportText(string text, int? year)
    {
        Text = text;
        Quoted = QuotedMask(text);
        Sentences = SplitSentences(text);
        Headings = HeadingRegex().Matches(text).Select(m => new Heading(m.Index, m.Groups["n"].Value, m.Groups["title"].Value.Trim())).ToList();
        Year = year ?? InferYear(text, Headings);
    }

    public string Text { get; }

    public bool[] Quoted { get; }

    public IReadOnlyList<Range> Sentences { get; }

    public IReadOnlyList<Heading> Headings { get; }

    /// <summary>The year the report is about: given, or read from its opening ("现将2023年度…"), or the plan year minus one.</summary>
    public int? Year { get; }

    public sealed record Heading(int Start, string Number, string Title)
    {
        public bool IsPlan => PlanWords().IsMatch(Title);
    }

    /// <summary>True when <paramref name="at"/> lies in the plan section, or in a sentence speaking of plans.</summary>
    public bool InPlan(int at)
    {
        var heading = Headings.LastOrDefault(h => h.Start <= at);
        if (heading is not null)
        {
            return heading.IsPlan;
        }

        var sentence = Sentences.FirstOrDefault(s => s.Start.Value <= at && at < s.End.Value);
        return PlanWords().IsMatch(Text[sentence]);
    }

    public int Line(int at) => Text.AsSpan(0, Math.Min(at, Text.Length)).Count('\n') + 1;

    public string Excerpt(int start, int length, int around = 8)
    {
        var from = Math.Max(0, start - around);
        var to = Math.Min(Text.Length, start + length + around);
        return Text[from..to].ReplaceLineEndings(" ");
    }

    private static bool[] QuotedMask(string text)
    {
        var mask = new bool[text.Length];
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' or '《' or '「')
            {
                depth++;
            }
            else if (c is '”' or '》' or '」')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '\n')
            {
                depth = 0;
            }

            mask[i] = depth > 0;
        }

        return mask;
    }

    private static List<Range> SplitSentences(string text)
    {
        var list = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？' or '；' or '\n' or '!' or '?' or ';')
            {
                if (i > start)
                {
                    list.Add(start..(i + 1));
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            list.Add(start..text.Length);
        }

        return list;
    }

    private static int? InferYear(string text, IReadOnlyList<Heading> headings)
    {
        var openingEnd = headings.Count > 0 ? headings[0].Start : Math.Min(text.Length, 200);
        var opening = YearRegex().Match(text[..openingEnd]);
        if (opening.Success)
        {
            return int.Parse(opening.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var plan = headings.FirstOrDefault(h => h.IsPlan);
        if (plan is not null)
        {
            var planYear = YearRegex().Match(text, plan.Start);
            if (planYear.Success)
            {
                return int.Parse(planYear.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?m)^[ \t\u3000]*(?<n>[一二三四五六七八九十]+)、(?<title>[^\n]*)")]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"(20\d{2})年")]
    private static partial Regex YearRegex();

    [GeneratedRegex("下一步|打算|思路|计划|明年|来年")]
    private static partial Regex PlanWords();
}
