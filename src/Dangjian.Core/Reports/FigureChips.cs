using System.Text.RegularExpressions;
using Dangjian.Core.Indicators;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>A figure as the paragraph editor shows it: its token key, its label and the value it prints now.</summary>
public sealed record FigureChip(string Key, string Label, string? Value, bool Known)
{
    public string IndicatorId => Key[4..];

    public bool IsComparison => Key.StartsWith("cmp:", StringComparison.Ordinal);

    /// <summary>The value as the chip shows it ("25次", "较上年增长8.6%"), or what stands in for no value.</summary>
    public string Shown => !Known ? "已停用" : Value is { Length: > 0 } v ? v.TrimStart('，') : IsComparison ? "无比较" : "无数据";

    /// <summary>The chip as plain text for the editor without script: 〔党委会议：25次〕.</summary>
    public string Text => $"〔{Label}：{Shown}〕";
}

/// <summary>
/// The paragraph editor's two forms of a figure token ({{fig:id}}, {{cmp:id}}), so a user never sees or types a marker:
/// with script a chip (contenteditable=false) posted back as its marker; without script the text 〔名称：数值〕 in the
/// textarea, read back by its name. The label is the indicator's name ("名称（比较）" for a comparison; "名称（id）" when two
/// indicators share a name), so the mapping is one to one. The value after the colon comes from the records and must
/// be posted as shown. A marker or 〔名称：…〕 that names no indicator, or one left incomplete, is refused.
/// </summary>
public sealed partial class FigureChips
{
    private const string ComparisonSuffix = "（比较）";
    private readonly Dictionary<string, string> labelToKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> keyToLabel = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> values;

    public FigureChips(IndicatorCatalog catalog, IReadOnlyDictionary<string, string> values)
    {
        this.values = values;
        var shared = catalog.All.GroupBy(d => d.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var d in catalog.All)
        {
            var name = shared.Contains(d.Name) ? $"{d.Name}（{d.Id}）" : d.Name;
            Add("fig:" + d.Id, name);
            Add("cmp:" + d.Id, name + ComparisonSuffix);
        }
    }

    [GeneratedRegex(@"〔([^〔〕：\r\n]+)：([^〔〕\r\n]*)〕")]
    private static partial Regex Chip();

    [GeneratedRegex(@"〔[^〔〕\r\n]*：")]
    private static partial Regex OpenChip();

    [GeneratedRegex(@"\{\{(fig|cmp):([A-Za-z0-9._\-]+)\}\}")]
    private static partial Regex Marker();

    public FigureChip Of(string key) => keyToLabel.TryGetValue(key, out var label)
        ? new(key, label, values.GetValueOrDefault(key), true)
        : new(key, (key.StartsWith("cmp:", StringComparison.Ordinal) ? "比较" : "数字") + "（" + key[4..] + "）", null, false);

    /// <summary>Posted text with every chip of a known label back as its marker (value not checked), the rest as it was.</summary>
    public string Normalize(string posted) =>
        Chip().Replace(posted, m => labelToKey.TryGetValue(m.Groups[1].Value.Trim(), out var key) ? "{{" + key + "}}" : m.Value);

    /// <summary>The text for the textarea: every well-formed marker as its chip text; anything else as it was.</summary>
    public string Display(string text) => Marker().Replace(text, m => Of(Key(m)).Text);

    /// <summary>The text split into literal parts and chips, in order, for the editor with chips.</summary>
    public IEnumerable<(string Text, FigureChip? Chip)> Parts(string text) =>
        FigureTokens.Parts(text).Select(p => p.Key is null ? (p.Text, (FigureChip?)null) : (p.Text, Of(p.Key)));

    /// <summary>The keys an edited text names, by marker or by chip label (so their current values can be computed first).</summary>
    public IEnumerable<string> KeysIn(string posted) =>
        Chip().Matches(posted).Select(m => labelToKey.GetValueOrDefault(m.Groups[1].Value.Trim())).OfType<string>()
            .Concat(Marker().Matches(posted).Select(Key)).Distinct();

    /// <summary>The posted text with markers only, or the refusal in Chinese; nothing is guessed.</summary>
    public (string? Text, string? Error) Read(string posted)
    {
        var errors = new List<string>();
        var text = Chip().Replace(posted, m =>
        {
            var label = m.Groups[1].Value.Trim();
            if (!labelToKey.TryGetValue(label, out var key))
            {
                errors.Add($"“{m.Value}”不是报告中的数字（括号内冒号前应为数字的名称；若是普通文字，请换用其他括号）");
                return m.Value;
            }

            var chip = Of(key);
            if (m.Groups[2].Value.Trim() != chip.Shown)
            {
                errors.Add($"“{m.Value}”中的数值由记录计算（当前为{chip.Shown}），不能在此修改；请改正记录，或删除整个〔…〕");
            }

            return "{{" + key + "}}";
        });
        errors.AddRange(OpenChip().Matches(text).Select(m => $"“{m.Value}…”不完整，缺少“〕”；请补全或删除整个数字"));
        errors.AddRange(Marker().Matches(text).Select(m => Of(Key(m))).Where(c => !c.Known).Select(c => $"{c.Label}不是本县可用的指标，请删除该数字"));
        var rest = Marker().Replace(text, "");
        if (rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal))
        {
            errors.Add("文中有不完整的数字标记（“{{”或“}}”），请删除或撤销该处修改");
        }

        return errors.Count > 0 ? (null, "未保存：" + string.Join("；", errors.Distinct()) + "。") : (text, null);
    }

    private void Add(string key, string label)
    {
        if (!labelToKey.TryAdd(label, key))
        {
            label = $"{label}（{key}）";
            labelToKey[label] = key;
        }

        keyToLabel[key] = label;
    }

    private static string Key(Match m) => $"{m.Groups[1].Value}:{m.Groups[2].Value}";
}
