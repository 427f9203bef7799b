namespace Dangjian.Core.Dashboard;

/// <summary>
/// A column of the county overview: the key the page sorts by (?sort=key), its heading, and the indicator it shows
/// (computed by <see cref="Indicators.IndicatorService"/> exactly as in the duty report); null for the report and review columns. A rate without data shows
/// "—" and sorts last; a count without records is 0.
/// </summary>
public sealed record OverviewColumn(string Key, string Title, string? IndicatorId, bool Rate = false)
{
    public const string Name = "name";
    public const string Report = "report";
    public const string Review = "review";

    public static readonly IReadOnlyList<OverviewColumn> All =
    [
        new(Name, "乡镇（街道）党委", null),
        new("compliance", "组织生活按规定开展率", "compliance.rate", Rate: true),
        new("overdue", "逾期未整改事项", "rectification.overdue"),
        new("developed", "发展党员", "members.developed"),
        new("weak", "排查确定软弱涣散党组织", "weak.identified"),
        new("converted", "完成整顿转化", "weak.converted"),
        new("unconverted", "未完成整顿转化", "weak.unconverted"),
        new(Report, "述职报告", null),
        new(Review, "述职评议得分", null),
    ];

    public static IReadOnlyList<OverviewColumn> Indicators { get; } = All.Where(c => c.IndicatorId is not null).ToList();

    public static OverviewColumn? Find(string? key) => All.FirstOrDefault(c => c.Key == key);
}
