using Dangjian.Core.Operations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reviews;

/// <summary>
/// What the reviewer enters for one participant while the review is open: its democratic-evaluation ballots and the
/// reviewers' score, and comments (each becoming a rectification item). A participant out of scope is "not found"; a
/// refusal is one message for the form as a whole ("") and changes nothing.
/// </summary>
public sealed class ReviewParticipantEntry(ReviewService reviews) : IOperation
{
    public const string Conflict = "保存失败：该党组织的测评结果刚被其他人修改过，请刷新页面后重试。";

    /// <summary>Stores the ballots and score; <paramref name="version"/> is the participant version the form showed.</summary>
    public Task<EntryResult> EnterBallotsAsync(int participantId, BallotCounts ballots, decimal? reviewerScore, int version, CancellationToken ct = default) =>
        WithParticipantAsync(participantId, async p =>
        {
            await reviews.EnterBallotsAsync(p, ballots, reviewerScore, version, ct);
            return p.Id;
        }, ct);

    /// <summary>Records a comment (点评) and its rectification item, due on <paramref name="deadline"/> or the rules' day of the next year.</summary>
    public Task<EntryResult> AddCommentAsync(int participantId, string? text, string? reviewer, string? user, DateOnly? deadline, CancellationToken ct = default) =>
        WithParticipantAsync(participantId, async p => (await reviews.AddCommentAsync(p, text ?? "", reviewer ?? "", user, deadline, ct)).Id, ct);

    private async Task<EntryResult> WithParticipantAsync(int participantId, Func<ReviewParticipant, Task<int>> change, CancellationToken ct)
    {
        if (await reviews.ParticipantAsync(participantId, ct) is not { } participant)
        {
            return EntryResult.Missing;
        }

        try
        {
            return EntryResult.Saved(await change(participant));
        }
        catch (ReviewRuleException e)
        {
            return ReviewPlanEntry.Refused(e.Errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReviewPlanEntry.Refused([Conflict]);
        }
    }
}
