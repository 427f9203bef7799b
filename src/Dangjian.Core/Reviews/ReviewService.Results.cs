using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reviews;

/// <summary>Results: scoring from the records and the entered ballots, publishing (freezes the scores), talks for the flagged.</summary>
public sealed partial class ReviewService
{
    /// <summary>
    /// Scores every participant (objective part from the indicators computed now, democratic part from the ballots,
    /// reviewers' score) and stores parts, total, grade, rank and flag; returns the participants in rank order. Once
    /// the plan is published the stored (frozen) results are returned unchanged.
    /// </summary>
    public async Task<IReadOnlyList<ReviewParticipant>> ComputeAsync(ReviewPlan plan, CancellationToken ct = default)
    {
        var participants = await db.ReviewParticipants.Include(x => x.Organization).Where(x => x.PlanId == plan.Id).ToListAsync(ct);
        if (plan.State == ReviewPlanState.Published)
        {
            return participants.OrderBy(x => x.Rank).ToList();
        }

        var reviewer = await ReviewerAsync(plan, ct);
        var rules = plan.Rules();
        var indicators = await db.ReviewIndicators.Where(i => i.PlanId == plan.Id).OrderBy(i => i.Position).ToListAsync(ct);
        var service = await IndicatorsAsync(reviewer, ct);
        var figures = new Dictionary<int, List<IndicatorScore>>();
        foreach (var p in participants)
        {
            var values = await service.ComputeAsync(indicators.Select(i => i.IndicatorId), p.Organization!, plan.Year, ct);
            figures[p.Id] = values.Select(v => new IndicatorScore(v.Definition.Id, v.Definition.Name, v.Figure?.Value, v.Figure?.Text, 0)).ToList();
        }

        var scores = ReviewScoring.Score(rules, indicators.Select(i => i.Rule).ToList(), participants.Select(p => new ScoringParticipant(
            p.Id, p.Organization!.Name, figures[p.Id].ToDictionary(f => f.IndicatorId, f => f.Value), p.Ballots, p.ReviewerScore)).ToList());
        foreach (var s in scores)
        {
            var p = participants.Single(x => x.Id == s.Id);
            (p.ObjectiveScore, p.DemocraticScore, p.Total, p.Grade, p.Rank, p.Flagged) = (s.Objective, s.Democratic, s.Total, s.Grade, s.Rank, s.Flagged);
            p.IndicatorScoresJson = IndicatorScore.ToJson(figures[p.Id].Select(f => f with { Score = s.IndicatorPoints[f.IndicatorId] }));
        }

        await db.SaveChangesAsync(ct);
        return participants.OrderBy(x => x.Rank).ToList();
    }

    /// <summary>What still has to be entered before the plan can be published (empty when ready).</summary>
    public async Task<IReadOnlyList<string>> MissingAsync(ReviewPlan plan, CancellationToken ct = default)
    {
        var reviewerWeighted = plan.Rules().Weights.Reviewer > 0;
        var rows = await db.ReviewParticipants.Where(x => x.PlanId == plan.Id).OrderBy(x => x.Organization!.SortOrder)
            .Select(x => new { x.Organization!.Name, x.Voters, x.ReviewerScore }).ToListAsync(ct);
        return rows.Where(x => x.Voters == 0).Select(x => $"{x.Name}尚未录入民主测评票。")
            .Concat(rows.Where(x => reviewerWeighted && x.ReviewerScore is null).Select(x => $"{x.Name}尚未录入评议组评分。")).ToList();
    }

    /// <summary>
    /// Publishes the results: attaches the latest reports, computes and freezes the scores, and creates one talk record
    /// (约谈 or 警示谈话, held by the reviewing organization with the participant's secretary) per flagged participant.
    /// Idempotent: publishing a published plan changes no score and only creates talks that are missing.
    /// </summary>
    public async Task PublishAsync(ReviewPlan plan, string? user, CancellationToken ct = default)
    {
        var reviewer = await ReviewerAsync(plan, ct);
        if (plan.State == ReviewPlanState.Draft)
        {
            throw new ReviewRuleException("评议尚未开始，不能公布结果。");
        }

        await using var tx = await BeginAsync(ct);
        if (plan.State == ReviewPlanState.Open)
        {
            Refuse(await MissingAsync(plan, ct));
            await AttachReportsAsync(plan, ct);
            await ComputeAsync(plan, ct);
            plan.State = ReviewPlanState.Published;
            plan.PublishedAtUtc = Now;
            plan.PublishedBy = user;
        }

        var rules = plan.Rules();
        var participants = await db.ReviewParticipants.Include(x => x.Organization).Where(x => x.PlanId == plan.Id).ToListAsync(ct);
        var flagged = participants.Count(x => x.Flagged);
        foreach (var p in participants.Where(x => x.Flagged && x.TalkId is null))
        {
            p.Talk = new Talk
            {
                OrganizationId = plan.OrganizationId, HeldOn = Today, Talker = reviewer.SecretaryName ?? reviewer.Name,
                Targets = p.SecretaryName ?? p.Organization!.SecretaryName ?? p.Organization!.Name, TargetKind = TalkTarget.BranchSecretary,
                Reason = FlagReason(rules, plan.Year, p.Rank ?? 0, participants.Count, flagged),
            };
        }

        await db.SaveChangesAsync(ct);
        await CommitAsync(tx, ct);
    }

    private static string FlagReason(ReviewRules rules, int year, int rank, int count, int bottom) => rules.FlagReason
        .Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{rank}", rank.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{count}", count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{bottom}", bottom.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{action}", ReviewLabels.Of(rules.FlagAction), StringComparison.Ordinal);
}
