using System.Globalization;
using System.Text.RegularExpressions;

namespace Dangjian.Core.Reports.Check;

/// <summary>
/// Finds every (subject, value, unit, modifier) in a text: Arabic and Chinese numerals, 万/亿, 百分之…, 余/多/以上/近/达到,
/// 由A到B, 较上年/较上届. Not figures: years ("2023年"), dates, ages in conditions ("35岁以下"), ordinals ("第三", "一是",
/// "一、"), numerals in quotes or 《》 and set phrases ("八项规定").
/// </summary>
public static partial class FigureExtractor
{
    private static readonly Regex NumberRegex = new(
        @"(?<pct>百分之)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*|(?<=近|约|逾|百分之)[百千万])(?<mult>万|亿)?(?<more>余|多)?(?<unit>"
        + string.Join('|', FigureWords.Units.Select(Regex.Escape)) + ")?",
        RegexOptions.CultureInvariant);

    public static IReadOnlyList<ClaimedFigure> Extract(string text) => Scan(new ReportText(text, 0)).Figures;

    public static FigureScan Scan(ReportText report)
    {
        var text = report.Text;
        var setPhrase = SetPhraseMask(text);
        var figures = new List<ClaimedFigure>();
        var unitless = new List<(int Start, int Length)>();
        foreach (Match m in NumberRegex.Matches(text))
        {
            var at = m.Index;
            var num = m.Groups["num"].Value;
            var arabic = char.IsAsciiDigit(num[0]);
            var before = at > 0 ? text[at - 1] : '\n';
            if (report.Quoted[at] || setPhrase[at] || before == '第' || char.IsAsciiLetter(before) || before is '.' or '／' or '/' or '＋' or '+' || (!arabic && IsChineseDigit(before)))
            {
                continue;
            }

            var unit = m.Groups["unit"].Value;
            var end = m.Index + m.Length;
            var after = end < text.Length ? text[end] : '\n';
            if (m.Groups["pct"].Success)
            {
                unit = "%";
                end = m.Groups["num"].Index + m.Groups["num"].Length;
            }

            if (unit.Length == 0 && !m.Groups["mult"].Success)
            {
                if (arabic && num.Length <= 4 && IsCjk(after) && !FigureWords.UnitlessFollowers.Contains(after) && !IsYear(num, after))
                {
                    unitless.Add((at, m.Length));
                }

                continue;
            }

            if (unit.Length == 0 || IsNoFigure(text, num, unit, end, arabic))
            {
                continue;
            }

            if (Value(num, m.Groups["mult"].Value, unit) is not { } value)
            {
                continue;
            }

            var normalUnit = unit switch { "％" => "%", "个百分点" => "百分点", "万元" or "亿元" => "元", "个村" => "个", _ => unit };
            var clauseStart = ClauseStart(text, at, figures);
            var prefix = text[clauseStart..at];
            var modifiers = new List<string>();
            var pre = PreModifier().Match(prefix);
            if (pre.Success)
            {
                modifiers.Add(pre.Value.TrimEnd('了'));
                prefix = prefix[..pre.Index];
            }

            if (m.Groups["more"].Success)
            {
                modifiers.Add(m.Groups["more"].Value);
            }

            var post = PostModifier().Match(text, end);
            if (post.Success && post.Index == end)
            {
                modifiers.Add(post.Value);
            }

            var subject = SubjectTrim().Replace(prefix, "");
            if (modifiers.Any(x => x.EndsWith('到') || x.EndsWith('至')) && figures.LastOrDefault() is { Modifier: "由" } from && from.Start >= SentenceStart(text, at))
            {
                subject = from.Subject;
            }

            figures.Add(new ClaimedFigure(subject, value, normalUnit, string.Join('、', modifiers), at, m.Length, text[at..(at + m.Length)]));
        }

        return new FigureScan(figures, unitless);
    }

    private static bool IsNoFigure(string text, string num, string unit, int end, bool arabic)
    {
        var rest = text.AsSpan(end, Math.Min(4, text.Length - end));
        if (unit == "年" && (IsYear(num, '年') || rest.StartsWith("度") || rest.StartsWith("以来")))
        {
            return true;
        }

        if (unit == "期" && (rest.StartsWith("工程") || rest.StartsWith("项目")))
        {
            return true;
        }

        if (unit is "岁" or "周岁")
        {
            var start = end - unit.Length - num.Length;
            var preceding = start > 0 ? text[start - 1] : ' ';
            var range = preceding is '至' or '到' or '-' or '—' or '～' or '~' && start > 1 && (char.IsAsciiDigit(text[start - 2]) || text[start - 2] == '岁');
            return range || rest.StartsWith("以下") || rest.StartsWith("以上") || rest.StartsWith("以内") || rest.StartsWith("及以下") || rest.StartsWith("及以上");
        }

        return !arabic && unit == "年";
    }

    private static bool IsYear(string num, char after) => after == '年' && num.Length == 4 && num[0] is '1' or '2';

    private static decimal? Value(string num, string mult, string unit)
    {
        decimal? value = char.IsAsciiDigit(num[0])
            ? decimal.Parse(num.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : ChineseNumeral.Parse(num);
        var factor = (mult, unit) switch
        {
            ("万", _) or (_, "万元") => 10000m,
            ("亿", _) or (_, "亿元") => 100000000m,
            _ => 1m,
        };
        return value * factor;
    }

    private static int ClauseStart(string text, int at, List<ClaimedFigure> figures)
    {
        var start = text.LastIndexOfAny(['，', '。', '；', '：', '、', '！', '？', '\n', ',', ';', ':', '（', '('], Math.Max(0, at - 1)) + 1;
        if (at == 0)
        {
            start = 0;
        }

        var previous = figures.LastOrDefault();
        return previous is not null && previous.Start + previous.Length > start && previous.Start + previous.Length <= at
            ? previous.Start + previous.Length : start;
    }

    private static int SentenceStart(string text, int at) =>
        at == 0 ? 0 : text.LastIndexOfAny(['。', '；', '！', '？', '\n'], at - 1) + 1;

    private static bool[] SetPhraseMask(string text)
    {
        var mask = new bool[text.Length];
        foreach (var phrase in FigureWords.SetPhrases)
        {
            for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            {
                Array.Fill(mask, true, i, phrase.Length);
            }
        }

        return mask;
    }

    private static bool IsChineseDigit(char c) => "零〇一二两三四五六七八九十百千万亿".Contains(c);

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    [GeneratedRegex(@"((较上年|较上届|较去年|比上年|比去年|同比|较20\d\d年)(增长|下降|提高|增加|减少|上升|降低)了?|由|增加到|提高到|下降到|减少到|降低到|上升到|增至|降至|提高至|到|至|近|约|达到|达|超过|突破|逾|累计|共计|共)$")]
    private static partial Regex PreModifier();

    [GeneratedRegex("以上|以下|左右|多|余")]
    private static partial Regex PostModifier();

    [GeneratedRegex(@"^[\s　]*(其中|的|和|及|与|并|共|分别|另外)*|[\s　]*(为|是|有)$")]
    private static partial Regex SubjectTrim();
}

/// <summary>What <see cref="FigureExtractor.Scan"/> found: the figures, and Arabic numbers written without a unit.</summary>
public sealed record FigureScan(IReadOnlyList<ClaimedFigure> Figures, IReadOnlyList<(int Start, int Length)> Unitless);
