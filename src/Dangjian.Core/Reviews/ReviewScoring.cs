using Dangjian.Core.Figures;
using Dangjian.Core.Members;

namespace Dangjian.Core.Reviews;

/// <summary>What scoring needs of one participant: indicator values (null = 无数据), ballots, the reviewers' score.</summary>
public sealed record ScoringParticipant(int Id, string Name, IReadOnlyDictionary<string, decimal?> Values, BallotCounts? Ballots, decimal? ReviewerScore);

/// <summary>One participant's result: points per indicator, the three parts (null = not available), total, grade, rank, flag.</summary>
public sealed record ParticipantScore(int Id, string Name, IReadOnlyDictionary<string, decimal> IndicatorPoints,
    decimal? Objective, decimal? Democratic, decimal? Reviewer, decimal Total, ReviewGrade Grade, int Rank, bool Flagged)
{
    public int PoorBallots { get; init; }
}

/// <summary>
/// The review formula, pure (see docs/guide/county.md, 述职评议考核). Each part is 0–100, rounded to two decimals (halves away from zero):
/// <list type="bullet">
/// <item>objective = Σ weightᵢ × pointsᵢ ÷ Σ weightᵢ over the plan's indicators; an indicator without data counts as the
/// value 0. With a target: higher-is-better earns value ÷ target × 100 (at most 100), lower-is-better earns 100 up to the
/// target and target ÷ value × 100 above it. Without a target: higher-is-better earns value ÷ best × 100 (best = the
/// highest value of all participants; 0 for all when nobody has more than 0), lower-is-better earns
/// (worst − value) ÷ (worst − best) × 100 (100 for all when all are equal);</item>
/// <item>democratic = Σ ballots × option points ÷ voters (blank ballots count 0);</item>
/// <item>reviewer = the reviewers' score as entered.</item>
/// </list>
/// Total = Σ part weight × part ÷ 100 (a missing part counts 0), two decimals. Grade: the highest whose threshold the total
/// reaches. Ranking: higher total, then higher democratic, then higher objective, then fewer 差 ballots, then organization
/// name in pinyin order. The last <see cref="ReviewRules.BottomN"/> are flagged, never all participants.
/// </summary>
public static class ReviewScoring
{
    public static IReadOnlyList<ParticipantScore> Score(ReviewRules rules, IReadOnlyList<ReviewIndicatorRule> indicators, IReadOnlyList<ScoringParticipant> participants)
    {
        var scored = participants.Select(p =>
        {
            var points = indicators.ToDictionary(i => i.IndicatorId, i => IndicatorPoints(i, p.Values.GetValueOrDefault(i.IndicatorId), participants.Select(x => x.Values.GetValueOrDefault(i.IndicatorId))));
            var objective = Objective(indicators, points);
            var democratic = Democratic(p.Ballots, rules.BallotScores);
            var reviewer = p.ReviewerScore is { } r ? Round(r) : (decimal?)null;
            var total = Total(rules.Weights, objective, democratic, reviewer);
            return new ParticipantScore(p.Id, p.Name, points, objective, democratic, reviewer, total, Grade(total, rules.Grades), 0, false)
            {
                PoorBallots = p.Ballots?.Poor ?? 0,
            };
        }).ToList();

        var ranked = scored.Order(Ranking).ToList();
        var flagged = FlaggedCount(rules.BottomN, ranked.Count);
        return ranked.Select((s, i) => s with { Rank = i + 1, Flagged = i >= ranked.Count - flagged }).ToList();
    }

    /// <summary>Points 0–100 of one indicator value among all participants' values (null = no data = the value 0).</summary>
    public static decimal IndicatorPoints(ReviewIndicatorRule rule, decimal? value, IEnumerable<decimal?> all)
    {
        var v = value ?? 0;
        var values = all.Select(x => x ?? 0).DefaultIfEmpty(v).ToList();
        decimal points;
        if (rule.Target is { } target)
        {
            points = rule.Direction == IndicatorDirection.Higher
                ? target <= 0 ? 100 : Math.Min(Math.Max(v, 0) / target, 1) * 100
                : v <= target ? 100 : target / v * 100;
        }
        else if (rule.Direction == IndicatorDirection.Higher)
        {
            var best = values.Max();
            points = best <= 0 ? 0 : Math.Max(v, 0) / best * 100;
        }
        else
        {
            var (best, worst) = (values.Min(), values.Max());
            points = worst == best ? 100 : (worst - v) / (worst - best) * 100;
        }

        return Round(points);
    }

    public static decimal? Objective(IReadOnlyList<ReviewIndicatorRule> indicators, IReadOnlyDictionary<string, decimal> points)
    {
        var weight = indicators.Sum(i => i.Weight);
        return weight <= 0 ? null : Round(indicators.Sum(i => i.Weight * points[i.IndicatorId]) / weight);
    }

    /// <summary>Weighted average per voter: Σ ballots × points ÷ voters; null before ballots are entered.</summary>
    public static decimal? Democratic(BallotCounts? ballots, BallotScores scores) => ballots is not { Voters: > 0 } b
        ? null
        : Round((b.Good * scores.Good + b.FairlyGood * scores.FairlyGood + b.Average * scores.Average + b.Poor * scores.Poor) / b.Voters);

    public static decimal Total(PartWeights weights, decimal? objective, decimal? democratic, decimal? reviewer) =>
        Round((weights.Objective * (objective ?? 0) + weights.Democratic * (democratic ?? 0) + weights.Reviewer * (reviewer ?? 0)) / 100);

    public static ReviewGrade Grade(decimal total, GradeThresholds grades) =>
        total >= grades.Good ? ReviewGrade.Good
        : total >= grades.FairlyGood ? ReviewGrade.FairlyGood
        : total >= grades.Average ? ReviewGrade.Average
        : ReviewGrade.Poor;

    /// <summary>How many are flagged: the rule's N, but never every participant (a lone participant is never flagged).</summary>
    public static int FlaggedCount(int bottomN, int participants) => Math.Clamp(bottomN, 0, Math.Max(participants - 1, 0));

    /// <summary>The documented order: total, democratic, objective (higher first), 差 ballots (fewer first), name (pinyin).</summary>
    public static readonly IComparer<ParticipantScore> Ranking = Comparer<ParticipantScore>.Create((a, b) =>
    {
        var c = b.Total.CompareTo(a.Total);
        c = c != 0 ? c : (b.Democratic ?? 0).CompareTo(a.Democratic ?? 0);
        c = c != 0 ? c : (b.Objective ?? 0).CompareTo(a.Objective ?? 0);
        c = c != 0 ? c : a.PoorBallots.CompareTo(b.PoorBallots);
        c = c != 0 ? c : string.CompareOrdinal(Pinyin.FullPinyin(a.Name), Pinyin.FullPinyin(b.Name));
        return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
    });

    private static decimal Round(decimal value) => Figure.Round(value, 2);
}
