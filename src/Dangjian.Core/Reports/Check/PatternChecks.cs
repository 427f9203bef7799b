using System.Text.RegularExpressions;

namespace Dangjian.Core.Reports.Check;

/// <summary>Placeholders left in a template, residue pasted from the web, and doubled punctuation (full- and half-width).</summary>
public static partial class PatternChecks
{
    public static IEnumerable<Finding> Placeholders(ReportText report) =>
        PlaceholderRegex().Matches(report.Text).Select(m => new Finding(FindingKind.Placeholder, m.Index, m.Length, report.Excerpt(m.Index, m.Length),
            m.Value.Trim().Length <= 2 && "（(【[“《〔".Contains(m.Value[0])
                ? $"空的括号或引号“{m.Value}”：这里原本应填写内容。"
                : $"占位符“{m.Value}”：模板或草稿中待填写的内容没有填上，请写明实际的名称或数字。"));

    public static IEnumerable<Finding> WebResidue(ReportText report) =>
        ResidueRegex().Matches(report.Text).Select(m => new Finding(FindingKind.WebResidue, m.Index, m.Length, report.Excerpt(m.Index, m.Length),
            ResidueMessage(m)));

    public static IEnumerable<Finding> RepeatedPunctuation(ReportText report) =>
        RepeatedRegex().Matches(report.Text).Select(m => new Finding(FindingKind.RepeatedPunctuation, m.Index, m.Length, report.Excerpt(m.Index, m.Length),
            $"标点重复“{m.Value}”：请只保留一个标点。"));

    private static string ResidueMessage(Match m) =>
        m.Groups["url"].Success ? $"网址“{m.Value}”：述职报告中不应出现网址，可能是从网上复制的残留。"
        : m.Groups["phone"].Success ? $"疑似电话号码或QQ号“{m.Value}”：可能是从网上复制的联系方式，请删除。"
        : m.Groups["marker"].Success ? $"标记“{m.Value}”：网页或文库的格式标记，请删除。"
        : $"“{m.Value}”：像是从公众号、文库等网上内容复制来的残留文字，请删除或改写。";

    [GeneratedRegex(@"\*{2,}|＊{2,}|(?:19|20)(?:[Xx×]{1,2}|\*{1,2}|＊{1,2})(?=年)|(?<![A-Za-z])[Xx×]{2,}(?![A-Za-z])|某某|○{2,}|□{2,}|（[\s　]*）|\([\s　]*\)|【[\s　]*】|\[[\s　]*\]|“[\s　]*”|《[\s　]*》|〔[\s　]*〕")]
    private static partial Regex PlaceholderRegex();

    [GeneratedRegex(@"(?<url>https?://[^\s，。；）)]+|www\.[^\s，。；）)]+|(?<![A-Za-z0-9@.])[A-Za-z0-9-]+\.(?:com|cn|net|org)(?:/[^\s，。；）)]*)?)|(?<phone>(?:QQ|qq|Qq)[群号]?[:：\s]*\d{5,11}|(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d))|(?<marker>##[^#\n]{0,40}##)|公众号|转载|文库|开通会员|会员专享|VIP|下载券|付费(?:阅读|下载)|试读|剩余[^，。\n]{0,8}未读|查看全文|免费下载|阅读原文|原文链接|点击(?:上方|下方|关注|阅读)|关注我们|扫码关注|长按(?:识别|二维码)|侵权[^，。\n]{0,4}删|版权(?:归|所有)|仅供参考|水印|扫描全能王|CamScanner|责任编辑|本文来源|文章来源|来源[:：]\s*(?:网络|百度|搜狐|新浪|微信|今日头条)|道客巴巴|豆丁网")]
    private static partial Regex ResidueRegex();

    [GeneratedRegex(@"([，。、；：？！,;:?!])\1+|[，。、；：,;:](?:[，。、；：,;:])+")]
    private static partial Regex RepeatedRegex();
}
