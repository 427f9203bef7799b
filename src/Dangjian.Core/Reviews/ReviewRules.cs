using System.Text.Json;
using Dangjian.Core.Indicators;

namespace Dangjian.Core.Reviews;

/// <summary>
/// The rules of a review as data. Defaults: DefaultReviewRules.json (documented in docs/guide/county.md, section 述职评议考核); a plan
/// keeps its own copy (<see cref="ReviewPlan.RulesJson"/>) that the reviewing organization may change while it is a draft.
/// </summary>
public sealed record ReviewRules
{
    /// <summary>Weights (in %) of the three parts of the total; they add up to 100. A part with weight 0 is not used.</summary>
    public required PartWeights Weights { get; init; }

    /// <summary>Points of one ballot of each option (好 / 较好 / 一般 / 差).</summary>
    public required BallotScores BallotScores { get; init; }

    /// <summary>The lowest total of each grade; below <see cref="GradeThresholds.Average"/> is 差.</summary>
    public required GradeThresholds Grades { get; init; }

    /// <summary>How many of the last in the ranking are flagged (never all participants: at most all but one).</summary>
    public int BottomN { get; init; }
    public FlagAction FlagAction { get; init; }

    /// <summary>The reason written on a flagged participant's talk record; {year} {rank} {count} {bottom} {action}.</summary>
    public string FlagReason { get; init; } = "";

    /// <summary>The deadline of a comment's rectification item: this month and day of the year after the review.</summary>
    public required MonthDay RectificationDue { get; init; }

    /// <summary>Default objective indicators, copied into a new plan's <see cref="ReviewIndicator"/> rows (not kept in the plan's JSON).</summary>
    public List<ReviewIndicatorRule>? Indicators { get; init; }

    public static ReviewRules Default { get; } = Load();

    public static ReviewRules Parse(string json) =>
        JsonSerializer.Deserialize<ReviewRules>(json, IndicatorCatalog.Json) ?? throw new JsonException("评议规则为空。");

    public string ToJson() => JsonSerializer.Serialize(this with { Indicators = null }, IndicatorCatalog.Json);

    /// <summary>What is wrong with these rules, in Chinese; empty when they can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        var w = Weights;
        if (w.Objective < 0 || w.Democratic < 0 || w.Reviewer < 0)
        {
            errors.Add("各部分权重不能为负数。");
        }

        if (w.Objective + w.Democratic + w.Reviewer != 100)
        {
            errors.Add($"客观指标、民主测评、评议组评分三部分权重之和应为100（现为{Figures.FigureFormat.Trimmed(w.Objective + w.Democratic + w.Reviewer)}）。");
        }

        var b = BallotScores;
        if (new[] { b.Good, b.FairlyGood, b.Average, b.Poor }.Any(s => s is < 0 or > 100))
        {
            errors.Add("民主测评各档分值应在0至100之间。");
        }

        var g = Grades;
        if (!(g.Good <= 100 && g.Good > g.FairlyGood && g.FairlyGood > g.Average && g.Average >= 0))
        {
            errors.Add("等次分数线应满足：100 ≥ “好” > “较好” > “一般” ≥ 0。");
        }

        if (BottomN < 0)
        {
            errors.Add("排名靠后需约谈或警示的个数不能为负数。");
        }

        if (RectificationDue.Month is < 1 or > 12 || RectificationDue.Day is < 1 or > 31)
        {
            errors.Add("整改期限的月、日不正确。");
        }

        return errors;
    }

    private static ReviewRules Load()
    {
        using var stream = typeof(ReviewRules).Assembly.GetManifestResourceStream("Dangjian.Core.Reviews.DefaultReviewRules.json")!;
        return JsonSerializer.Deserialize<ReviewRules>(stream, IndicatorCatalog.Json)!;
    }
}

public sealed record PartWeights(decimal Objective, decimal Democratic, decimal Reviewer);

public sealed record BallotScores(decimal Good, decimal FairlyGood, decimal Average, decimal Poor);

public sealed record GradeThresholds(decimal Good, decimal FairlyGood, decimal Average);

/// <summary>A day of the year (month, day); the 29th of February falls back to the 28th in common years.</summary>
public sealed record MonthDay(int Month, int Day)
{
    public DateOnly In(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));
}

/// <summary>What a flagged participant's secretary gets: 约谈 (admonition talk) or 警示谈话 (warning talk); both are talk records.</summary>
public enum FlagAction { Talk, Warning }
