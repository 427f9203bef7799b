using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>Chinese names of an indicator's source, kind, scope and comparison, for the indicator list and form.</summary>
public static class IndicatorLabels
{
    public static readonly IReadOnlyDictionary<string, string> Sources = new Dictionary<string, string>
    {
        ["work"] = "工作记录（按类别编码）", ["meetings"] = "会议记录（按会议类型）", ["members"] = "党员", ["cadres"] = "村“两委”成员（换届）",
        ["reserves"] = "后备干部", ["reviews"] = "任职资格联审", ["compliance"] = "组织生活落实情况",
        ["service"] = "为民办实事与志愿服务", ["inspections"] = "督查",
        ["honours"] = "表彰（筛选如 level=City;target=Individual;name=优秀共产党员）", ["honor-roll"] = "红黑榜", ["notices"] = "整改通知（张）",
        ["income"] = "村集体经济收入", ["statistics"] = "年度统计（按统计项编码）",
    };

    public static readonly IReadOnlyDictionary<IndicatorKind, string> Kinds = new Dictionary<IndicatorKind, string>
    {
        [IndicatorKind.Count] = "记录数", [IndicatorKind.Sum] = "数量合计", [IndicatorKind.DistinctPersons] = "人数（不重复）",
        [IndicatorKind.Average] = "平均值", [IndicatorKind.Rate] = "比率（%）", [IndicatorKind.BucketCount] = "达到阈值的党组织数",
    };

    public static readonly IReadOnlyDictionary<string, string> Scopes = new Dictionary<string, string>
    {
        ["subtree"] = "乡镇及下属党组织", ["own"] = "乡镇党委本级", ["secretary"] = "由书记带队/主讲", ["liaison"] = "联系领导主讲", ["elected"] = "当年换届",
    };

    public static readonly IReadOnlyDictionary<IndicatorComparison, string> Comparisons = new Dictionary<IndicatorComparison, string>
    {
        [IndicatorComparison.None] = "不比较", [IndicatorComparison.PreviousYear] = "与上年比较", [IndicatorComparison.PreviousTerm] = "与上届比较",
    };

    public static string Source(string name) => Sources.GetValueOrDefault(name) ?? name;

    /// <summary>The indicator's selectors in one line: filter, county tag, organization levels and kinds.</summary>
    public static string Filters(IndicatorDefinition d) => string.Join("；", new[]
    {
        d.Filter,
        string.IsNullOrWhiteSpace(d.Tag) ? null : $"本县类别 {d.Tag}",
        Names<OrgLevel>(d.OrgLevels, OrgLabels.Of) is { Length: > 0 } levels ? $"层级 {levels}" : null,
        Names<OrgSector>(d.OrgSectors, OrgLabels.Of) is { Length: > 0 } sectors ? $"类型 {sectors}" : null,
    }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string Names<T>(string? names, Func<T, string> label) where T : struct, Enum =>
        string.Join("、", (names ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => Enum.TryParse<T>(n, out var v) ? label(v) : n));

    /// <summary>The registered sources (a source added in code appears under its own name until it gets a label here).</summary>
    public static IEnumerable<string> SourceNames => IndicatorService.BuiltinSources.Select(s => s.Name);
}
