using System.Text;

namespace Dangjian.Core.Members;

/// <summary>
/// Toneless pinyin of Chinese text for sorting and initials search ("zs" finds 张三). Readings come from
/// PinyinTable.txt (the CJK Unified Ideographs and what Extension A pinyin-pro reads, vendored by
/// scripts/vendor-pinyin.sh, ADR 0009); for a person's name the first character takes its surname reading (曾 zeng, 单 shan, 仇 qiu…).
/// </summary>
public static class Pinyin
{
    private static readonly Lazy<(Dictionary<char, string> Common, Dictionary<char, string> Surname)> Table = new(Load);

    /// <summary>Lowercase syllables separated by single spaces; other letters and digits are kept as lowercase words.</summary>
    public static string FullPinyin(string text, bool personName = false) => string.Join(' ', Syllables(text, personName));

    /// <summary>First letter of each syllable, e.g. "zs" for 张三.</summary>
    public static string Initials(string text, bool personName = false) =>
        string.Concat(Syllables(text, personName).Select(s => s[0]));

    /// <summary>Orders names syllable by syllable (李 li before 林 lin); order by the name itself after it to break ties.</summary>
    public static string NameSortKey(string name) => FullPinyin(name, personName: true);

    /// <summary>Normalizes what a user typed into the search box for comparison with initials or joined pinyin.</summary>
    public static string SearchKey(string query) =>
        string.Concat(query.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();

    private static IEnumerable<string> Syllables(string text, bool personName)
    {
        var (common, surname) = Table.Value;
        var word = new StringBuilder();
        var first = true;
        foreach (var c in text.Trim())
        {
            var reading = first && personName && surname.TryGetValue(c, out var s) ? s : common.GetValueOrDefault(c);
            first = false;
            if (reading is null && char.IsAsciiLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            if (reading is not null)
            {
                yield return reading;
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static (Dictionary<char, string>, Dictionary<char, string>) Load()
    {
        var common = new Dictionary<char, string>();
        var surname = new Dictionary<char, string>();
        var target = common;
        using var stream = typeof(Pinyin).Assembly.GetManifestResourceStream("Dangjian.Core.People.PinyinTable.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line == "[surnames]")
            {
                target = surname;
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                foreach (var c in line.AsSpan(space + 1))
                {
                    target[c] = line[..space];
                }
            }
        }

        return (common, surname);
    }
}
