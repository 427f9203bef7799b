using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>Reads a paged list page: its rows and the shared pager's "第N/M页（…共T条）".</summary>
internal static partial class ListPaging
{
    public static List<string> Rows(IHtmlDocument html, string table) =>
        html.QuerySelectorAll($"table#{table} tbody tr").Select(r => Regex.Replace(r.TextContent, @"\s+", " ").Trim()).ToList();

    /// <summary>(page, pages, total) as the pager prints them; (1, 1, 0) when the list fits one page (no pager shown).</summary>
    public static (int Number, int Count, int Total) At(IHtmlDocument html)
    {
        var pager = html.QuerySelector("nav.pager .pager-at")?.TextContent;
        if (pager is null)
        {
            return (1, 1, 0);
        }

        var m = PagerText().Match(pager);
        return m.Success ? (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)) : throw new InvalidOperationException(pager);
    }

    public static string? NextLink(IHtmlDocument html) => html.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");

    [GeneratedRegex(@"第(\d+)/(\d+)页（第\d+–\d+条，共(\d+)条）")]
    private static partial Regex PagerText();
}
