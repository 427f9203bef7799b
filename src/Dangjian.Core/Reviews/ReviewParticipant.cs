using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reviews;

/// <summary>
/// One organization reviewed in a plan: its secretary, the submitted report, the democratic-evaluation ballots, the
/// reviewers' score, and the computed result (parts, total, grade, rank, flag), frozen when the plan is published.
/// </summary>
public class ReviewParticipant : IVersioned
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public ReviewPlan? Plan { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string? SecretaryName { get; set; }

    /// <summary>The latest submitted (frozen) report of the organization for the plan's year, when there is one.</summary>
    public int? ReportDraftId { get; set; }
    public ReportDraft? ReportDraft { get; set; }

    /// <summary>People who took part in the democratic evaluation (ballots handed out); 0 until ballots are entered.</summary>
    public int Voters { get; set; }
    public int BallotsGood { get; set; }
    public int BallotsFairlyGood { get; set; }
    public int BallotsAverage { get; set; }
    public int BallotsPoor { get; set; }

    /// <summary>The reviewers' (评议组) score 0–100, when the rules give it a weight.</summary>
    public decimal? ReviewerScore { get; set; }

    public decimal? ObjectiveScore { get; set; }
    public decimal? DemocraticScore { get; set; }
    public decimal? Total { get; set; }
    public ReviewGrade? Grade { get; set; }
    public int? Rank { get; set; }
    public bool Flagged { get; set; }

    /// <summary>Per-indicator values and scores at the last computation (JSON list of <see cref="IndicatorScore"/>).</summary>
    public string? IndicatorScoresJson { get; set; }

    /// <summary>The talk created for a flagged participant on publishing (created once).</summary>
    public int? TalkId { get; set; }
    public Talk? Talk { get; set; }
    public List<ReviewComment> Comments { get; set; } = [];
    public int Version { get; set; }

    public BallotCounts? Ballots => Voters > 0 ? new(Voters, BallotsGood, BallotsFairlyGood, BallotsAverage, BallotsPoor) : null;

    public IReadOnlyList<IndicatorScore> IndicatorScores() => IndicatorScore.Parse(IndicatorScoresJson);
}
