using Dangjian.Core.Indicators;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>Template text for reading: each figure token shown as its indicator's name and unit, "〔党委会议（次）〕".</summary>
public static class TemplateText
{
    public static string Describe(string text, IndicatorCatalog catalog) => FigureTokens.Render(text, key => Label(key, catalog));

    /// <summary>A sentence as the composer joins it when every clause has data.</summary>
    public static string Sentence(SentenceTemplate s, IndicatorCatalog catalog)
    {
        var body = s.Prefix + string.Join("，", s.Clauses.Select(c => Describe(c, catalog)));
        return (s.Suffix.Length > 0 ? body + "，" + s.Suffix : body) + "。";
    }

    public static string Label(string key, IndicatorCatalog catalog)
    {
        var id = key[4..];
        if (catalog.Find(id) is not { } d)
        {
            return $"〔未知指标“{id}”〕";
        }

        return key.StartsWith("fig:", StringComparison.Ordinal) ? $"〔{d.Name}（{d.Unit}）〕" : d.Compare switch
        {
            IndicatorComparison.PreviousTerm => $"〔{d.Name}与上届比较〕",
            IndicatorComparison.PreviousYear => $"〔{d.Name}与上年比较〕",
            _ => $"〔{d.Name}不作比较，不显示〕",
        };
    }
}
