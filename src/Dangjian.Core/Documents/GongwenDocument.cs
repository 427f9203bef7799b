using System.Text.RegularExpressions;

namespace Dangjian.Core.Documents;

public enum GongwenBlockKind
{
    /// <summary>一级标题 "一、…" (黑体).</summary>
    Heading,

    /// <summary>正文段落 (仿宋, first line indented two characters).</summary>
    Paragraph,

    /// <summary>主送机关 "各党支部：", flush left.</summary>
    Addressee,
}

public sealed record GongwenBlock(GongwenBlockKind Kind, string Text);

/// <summary>
/// A 公文 (GB/T 9704-2012) to be written by <see cref="GongwenWriter"/>: optional red 发文机关标志 and number line
/// (发文字号 or 期号), title, body, signature and date.
/// </summary>
public sealed partial record GongwenDocument(string Title, IReadOnlyList<GongwenBlock> Body)
{
    public string? Header { get; init; }
    public string? NumberLine { get; init; }
    public string? Signature { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>
    /// Blocks from plain text: one paragraph a line; a line starting "一、" … "十、" is a heading; a short first line
    /// ending in "：" is the addressee.
    /// </summary>
    public static IReadOnlyList<GongwenBlock> Blocks(string text) =>
        text.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select((l, i) => new GongwenBlock(
                HeadingLine().IsMatch(l) ? GongwenBlockKind.Heading
                : i == 0 && l.EndsWith('：') && l.Length <= 28 ? GongwenBlockKind.Addressee
                : GongwenBlockKind.Paragraph, l))
            .ToList();

    /// <summary>成文日期 as the standard writes it: Arabic numerals, "2026年11月30日".</summary>
    public static string DateText(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex HeadingLine();
}
