using System.Text;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>
/// The secretary's own lines (problems, causes, plans) merged with what the system proposes, without saying a thing twice.
/// Two texts say the same when, with spaces and punctuation taken out, they are equal, one (of six characters or more) contains the other, or their
/// headlines (the words before the first "。", as in "从严落实组织生活制度。每月初…") are equal. Her line then stands in
/// the proposal's place: her words win and the order of the proposals is kept; her other lines follow.
/// </summary>
public static class OwnWords
{
    /// <summary>A line this short ("抓好党建") is a duplicate only when equal, not when some proposal happens to contain it.</summary>
    private const int MinContained = 6;

    /// <summary>One text per non-empty line, ending in "。".</summary>
    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.TrimEnd('。', '；', ';', '，', ',') + "。").Where(p => p.Length > 1).ToList();

    public static List<string> Merge(IEnumerable<string> proposed, IEnumerable<string> own)
    {
        var merged = proposed.Where(p => p.Length > 0).ToList();
        var replaced = new bool[merged.Count];
        foreach (var line in own)
        {
            var at = merged.FindIndex(m => Same(m, line));
            if (at < 0)
            {
                merged.Add(line);
            }
            else if (at < replaced.Length && !replaced[at])
            {
                merged[at] = line;
                replaced[at] = true;
            }
        }

        return merged.Where((m, i) => merged.FindIndex(x => Same(x, m)) == i).ToList();
    }

    public static bool Same(string a, string b)
    {
        var (x, y) = (Bare(a), Bare(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return x == y || (shorter.Length >= MinContained && longer.Contains(shorter, StringComparison.Ordinal)) || Bare(Headline(a)) == Bare(Headline(b));
    }

    private static string Headline(string text) => text.Split('。', 2)[0];

    private static string Bare(string text)
    {
        var bare = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c)))
        {
            bare.Append(c);
        }

        return bare.ToString();
    }
}
