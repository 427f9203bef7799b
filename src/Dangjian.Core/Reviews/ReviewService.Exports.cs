using Dangjian.Core.Documents;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reviews;

/// <summary>Exports of the stored results; <see cref="ReviewPlanExport"/> writes the Export audit record with each download.</summary>
public sealed partial class ReviewService
{
    /// <summary>The results table (.xlsx) of the stored scores, in rank order; returns the number of rows written.</summary>
    public async Task<int> ExportResultsAsync(ReviewPlan plan, Stream output, CancellationToken ct = default) =>
        await ReviewResultsExport.WriteAsync(output, await RankedAsync(plan, ct), plan.Rules(), ct);

    /// <summary>The results bulletin of a published plan as a 公文 (write it with <see cref="GongwenWriter"/>), dated the day of publishing.</summary>
    public async Task<GongwenDocument> BulletinAsync(ReviewPlan plan, CancellationToken ct = default)
    {
        if (plan.State != ReviewPlanState.Published)
        {
            throw new ReviewRuleException("评议结果公布后才能生成通报。");
        }

        var reviewer = await ReviewerAsync(plan, ct);
        var date = (plan.PublishedAtUtc ?? Now).BeijingDate();
        return ReviewBulletin.Document(plan, reviewer.Name, reviewer.Level == OrgLevel.CountyCommittee, await RankedAsync(plan, ct), await CommentsAsync(plan, ct), date);
    }

    private async Task<List<ReviewParticipant>> RankedAsync(ReviewPlan plan, CancellationToken ct) =>
        await db.ReviewParticipants.AsNoTracking().Include(x => x.Organization).Where(x => x.PlanId == plan.Id)
            .OrderBy(x => x.Rank ?? int.MaxValue).ThenBy(x => x.Organization!.SortOrder).ToListAsync(ct);
}
