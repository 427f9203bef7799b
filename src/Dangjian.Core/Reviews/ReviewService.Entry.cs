using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reviews;

/// <summary>What is entered while a review is open: democratic-evaluation ballots, the reviewers' score, comments.</summary>
public sealed partial class ReviewService
{
    /// <summary>
    /// Stores a participant's ballots (each count ≥ 0, together at most the voters) and the reviewers' score (0–100, or
    /// null while not given); <paramref name="version"/> is the participant version the form showed.
    /// </summary>
    public async Task EnterBallotsAsync(ReviewParticipant participant, BallotCounts ballots, decimal? reviewerScore, int version, CancellationToken ct = default)
    {
        var plan = await OpenPlanAsync(participant, ct);
        var errors = ballots.Validate().ToList();
        if (reviewerScore is < 0 or > 100)
        {
            errors.Add("评议组评分应在0至100之间。");
        }

        if (participant.Version != version)
        {
            errors.Add("该党组织的测评结果已被他人修改，请刷新后重试。");
        }

        Refuse(errors);
        (participant.Voters, participant.BallotsGood, participant.BallotsFairlyGood, participant.BallotsAverage, participant.BallotsPoor) =
            (ballots.Voters, ballots.Good, ballots.FairlyGood, ballots.Average, ballots.Poor);
        participant.ReviewerScore = plan.Rules().Weights.Reviewer > 0 ? reviewerScore : null;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Records a reviewer's comment (点评) and, in the same save, the rectification item it becomes: owned by the
    /// participant's organization, raised by the reviewing organization (which alone signs it off), source 述职评议点评,
    /// due on <paramref name="deadline"/> or by default on the rules' day of the next year (30 June).
    /// </summary>
    public async Task<ReviewComment> AddCommentAsync(ReviewParticipant participant, string text, string reviewer, string? user, DateOnly? deadline = null, CancellationToken ct = default)
    {
        var plan = await OpenPlanAsync(participant, ct);
        var due = deadline ?? plan.Rules().RectificationDue.In(plan.Year + 1);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 2000)
        {
            errors.Add("请填写点评内容（不超过2000字）。");
        }

        if (string.IsNullOrWhiteSpace(reviewer) || reviewer.Trim().Length > 100)
        {
            errors.Add("请填写点评人（不超过100字）。");
        }

        if (due <= Today)
        {
            errors.Add("整改期限应晚于今天。");
        }

        Refuse(errors);
        var item = RectificationWorkflow.Raise(new RectificationItem
        {
            OrganizationId = participant.OrganizationId, RaisedById = plan.OrganizationId, Source = RectificationSource.ReviewComment,
            Problem = text.Trim(), RaisedOn = Today, Deadline = due,
        }, new RectificationActor(plan.OrganizationId, user ?? reviewer.Trim(), Now));
        var comment = new ReviewComment
        {
            ParticipantId = participant.Id, Text = text.Trim(), Reviewer = reviewer.Trim(), CreatedAtUtc = Now, CreatedBy = user, RectificationItem = item,
        };
        db.ReviewComments.Add(comment);
        await db.SaveChangesAsync(ct);
        return comment;
    }

    /// <summary>A plan's comments with their participants and rectification items, in the participants' order.</summary>
    public Task<List<ReviewComment>> CommentsAsync(ReviewPlan plan, CancellationToken ct = default) =>
        db.ReviewComments.Include(c => c.Participant!).ThenInclude(x => x.Organization).Include(c => c.RectificationItem)
            .Where(c => c.Participant!.PlanId == plan.Id)
            .OrderBy(c => c.Participant!.Rank ?? int.MaxValue).ThenBy(c => c.Participant!.Organization!.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);

    private async Task<ReviewPlan> OpenPlanAsync(ReviewParticipant participant, CancellationToken ct)
    {
        var plan = participant.Plan ??= await db.ReviewPlans.FirstAsync(p => p.Id == participant.PlanId, ct);
        await ReviewerAsync(plan, ct);
        return plan.State == ReviewPlanState.Open ? plan
            : throw new ReviewRuleException(plan.State == ReviewPlanState.Draft ? "评议尚未开始，请先开始评议。" : "评议结果已公布，不能再录入。");
    }
}
