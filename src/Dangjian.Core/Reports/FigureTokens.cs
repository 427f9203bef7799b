using System.Text.RegularExpressions;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>
/// Figure tokens in report text: {{fig:indicator-id}} prints the value ("25次"), {{cmp:indicator-id}} the comparison
/// ("，较上届下降13.0%") or nothing. Keys are "fig:id" / "cmp:id".
/// </summary>
public static partial class FigureTokens
{
    [GeneratedRegex(@"\{\{(fig|cmp):([A-Za-z0-9._\-]+)\}\}")]
    private static partial Regex Token();

    public static IEnumerable<string> Keys(string text) => Token().Matches(text).Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}");

    public static string Fig(string id) => "{{fig:" + id + "}}";

    public static string Cmp(string id) => "{{cmp:" + id + "}}";

    /// <summary>Replaces each token by <paramref name="value"/> of its key; a key without value prints as nothing.</summary>
    public static string Render(string text, Func<string, string?> value) =>
        Token().Replace(text, m => value($"{m.Groups[1].Value}:{m.Groups[2].Value}") ?? "");

    /// <summary>Splits rendered-later text into parts: literal text and tokens (key), in order, for HTML with links.</summary>
    public static IEnumerable<(string Text, string? Key)> Parts(string text)
    {
        var at = 0;
        foreach (Match m in Token().Matches(text))
        {
            if (m.Index > at)
            {
                yield return (text[at..m.Index], null);
            }

            yield return (m.Value, $"{m.Groups[1].Value}:{m.Groups[2].Value}");
            at = m.Index + m.Length;
        }

        if (at < text.Length)
        {
            yield return (text[at..], null);
        }
    }

    /// <summary>The sentences of a paragraph (each ends with 。；：or the text's end), for marking stale ones.</summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        var list = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '；' or '：')
            {
                list.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            list.Add(text[start..]);
        }

        return list;
    }
}
