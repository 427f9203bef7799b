namespace Dangjian.Core.Reviews;

/// <summary>评议等次: 好 / 较好 / 一般 / 差 (also the options of a democratic-evaluation ballot).</summary>
public enum ReviewGrade { Good, FairlyGood, Average, Poor }

public static class ReviewLabels
{
    public static string Of(ReviewGrade grade) => grade switch
    {
        ReviewGrade.Good => "好",
        ReviewGrade.FairlyGood => "较好",
        ReviewGrade.Average => "一般",
        _ => "差",
    };

    public static string Of(ReviewGrade? grade) => grade is { } g ? Of(g) : "—";

    public static string Of(ReviewPlanState state) => state switch
    {
        ReviewPlanState.Draft => "草稿",
        ReviewPlanState.Open => "评议中",
        _ => "已公布",
    };

    public static string Of(FlagAction action) => action == FlagAction.Talk ? "约谈" : "警示谈话";

    public static string Of(IndicatorDirection direction) => direction == IndicatorDirection.Higher ? "越高越好" : "越低越好";

    /// <summary>A score as printed: two decimals, or "—" when there is none.</summary>
    public static string Score(decimal? score) => score is { } s ? Figures.FigureFormat.Number(s, 2) : "—";
}
