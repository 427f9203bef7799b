using Dangjian.Core.Reviews;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>
/// A draft plan's rules and indicators as typed (numbers as text, read with Chinese messages). An indicator row whose
/// indicator is left empty is dropped, so a row is removed by emptying it and added in one of the blank rows.
/// </summary>
public sealed class RulesForm
{
    public sealed class IndicatorRow
    {
        public string? IndicatorId { get; set; }
        public string? Weight { get; set; }
        public IndicatorDirection Direction { get; set; }
        public string? Target { get; set; }
    }

    public string? Objective { get; set; }
    public string? Democratic { get; set; }
    public string? Reviewer { get; set; }
    public string? Good { get; set; }
    public string? FairlyGood { get; set; }
    public string? Average { get; set; }
    public string? Poor { get; set; }
    public string? GradeGood { get; set; }
    public string? GradeFairlyGood { get; set; }
    public string? GradeAverage { get; set; }
    public string? BottomN { get; set; }
    public FlagAction FlagAction { get; set; }
    public string? FlagReason { get; set; }
    public string? DueMonth { get; set; }
    public string? DueDay { get; set; }
    public List<IndicatorRow> Indicators { get; set; } = [];

    public static RulesForm From(ReviewRules r, IEnumerable<ReviewIndicator> indicators) => new()
    {
        Objective = ReviewText.Plain(r.Weights.Objective), Democratic = ReviewText.Plain(r.Weights.Democratic), Reviewer = ReviewText.Plain(r.Weights.Reviewer),
        Good = ReviewText.Plain(r.BallotScores.Good), FairlyGood = ReviewText.Plain(r.BallotScores.FairlyGood),
        Average = ReviewText.Plain(r.BallotScores.Average), Poor = ReviewText.Plain(r.BallotScores.Poor),
        GradeGood = ReviewText.Plain(r.Grades.Good), GradeFairlyGood = ReviewText.Plain(r.Grades.FairlyGood), GradeAverage = ReviewText.Plain(r.Grades.Average),
        BottomN = r.BottomN.ToString(System.Globalization.CultureInfo.InvariantCulture), FlagAction = r.FlagAction, FlagReason = r.FlagReason,
        DueMonth = r.RectificationDue.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DueDay = r.RectificationDue.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Indicators = indicators.OrderBy(i => i.Position).Select(i => new IndicatorRow
        {
            IndicatorId = i.IndicatorId, Weight = ReviewText.Plain(i.Weight), Direction = i.Direction, Target = ReviewText.Plain(i.Target),
        }).ToList(),
    };

    /// <summary>The rules and indicators, or the reasons they cannot be read (the service validates what they mean).</summary>
    public (ReviewRules Rules, List<ReviewIndicatorRule> Indicators, List<string> Errors) Read(ReviewRules current)
    {
        var e = new List<string>();
        decimal D(string? text, string label) => ReviewText.Decimal(text, label, e) ?? 0;
        int I(string? text, string label) => ReviewText.Integer(text, label, e) ?? 0;
        var rules = current with
        {
            Weights = new(D(Objective, "客观指标权重"), D(Democratic, "民主测评权重"), D(Reviewer, "评议组评分权重")),
            BallotScores = new(D(Good, "“好”票分值"), D(FairlyGood, "“较好”票分值"), D(Average, "“一般”票分值"), D(Poor, "“差”票分值")),
            Grades = new(D(GradeGood, "“好”等次分数线"), D(GradeFairlyGood, "“较好”等次分数线"), D(GradeAverage, "“一般”等次分数线")),
            BottomN = I(BottomN, "约谈个数"),
            FlagAction = FlagAction,
            FlagReason = string.IsNullOrWhiteSpace(FlagReason) ? current.FlagReason : FlagReason.Trim(),
            RectificationDue = new(I(DueMonth, "整改期限（月）"), I(DueDay, "整改期限（日）")),
            Indicators = null,
        };
        if (rules.FlagReason.Length > 400)
        {
            e.Add("约谈事由不能超过400个字。");
        }

        var indicators = Indicators.Where(i => !string.IsNullOrWhiteSpace(i.IndicatorId)).Select(i => new ReviewIndicatorRule(
            i.IndicatorId!.Trim(), D(i.Weight, $"指标“{i.IndicatorId.Trim()}”的权重"), i.Direction,
            ReviewText.Decimal(i.Target, $"指标“{i.IndicatorId.Trim()}”的目标值", e, required: false))).ToList();
        return (rules, indicators, e);
    }
}
