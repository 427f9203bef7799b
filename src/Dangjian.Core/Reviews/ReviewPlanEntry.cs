using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reviews;

/// <summary>
/// The reviewing organization's changes to a plan: create it, save its rules and indicators, open it, attach the reports,
/// compute and publish the results. A plan out of scope is "not found"; a refusal (<see cref="ReviewService"/>'s rules)
/// comes back as one message for the form as a whole ("") and changes nothing.
/// </summary>
public sealed class ReviewPlanEntry(AppDbContext db, ReviewService reviews) : IOperation
{
    public const string Conflict = "保存失败：评议方案刚被其他人修改过，请刷新页面查看最新内容后再修改。";
    public const string PublishUnconfirmed = "请勾选“确认公布”：公布后得分冻结，并为排名靠后的单位生成约谈记录。";
    public const int MaxTitle = 200;

    /// <summary>A new draft plan of the caller's own organization (a county or township committee) for the year.</summary>
    public async Task<EntryResult> CreateAsync(int reviewerId, int year, string? title, string? user, CancellationToken ct = default)
    {
        var errors = new List<string>();
        if (title?.Trim().Length > MaxTitle)
        {
            errors.Add($"名称不能超过{MaxTitle}个字。");
        }

        var reviewer = await db.Organizations.SingleOrDefaultAsync(o => o.Id == reviewerId
            && (o.Level == OrgLevel.CountyCommittee || o.Level == OrgLevel.TownshipCommittee), ct);
        if (reviewer is null)
        {
            errors.Add("只有县委或乡镇党委可以组织述职评议考核。");
        }

        return errors.Count > 0 ? Refused(errors) : await RunAsync(async () => (await reviews.CreatePlanAsync(reviewer!, year, user, title, ct: ct)).Id);
    }

    /// <summary>Replaces a draft plan's rules and indicators; <paramref name="version"/> is the plan version the form showed.</summary>
    public Task<EntryResult> SaveRulesAsync(int planId, ReviewRules rules, IReadOnlyList<ReviewIndicatorRule> indicators, int version, CancellationToken ct = default) =>
        WithPlanAsync(planId, plan => reviews.SaveRulesAsync(plan, rules, indicators, version, ct), ct);

    public Task<EntryResult> OpenAsync(int planId, CancellationToken ct = default) =>
        WithPlanAsync(planId, plan => reviews.OpenAsync(plan, ct), ct);

    public Task<EntryResult> AttachReportsAsync(int planId, CancellationToken ct = default) =>
        WithPlanAsync(planId, plan => reviews.AttachReportsAsync(plan, ct), ct);

    public Task<EntryResult> ComputeAsync(int planId, CancellationToken ct = default) =>
        WithPlanAsync(planId, plan => reviews.ComputeAsync(plan, ct), ct);

    /// <summary>Publishes the results once the user has ticked the confirmation (得分冻结, talks for the flagged).</summary>
    public Task<EntryResult> PublishAsync(int planId, bool confirmed, string? user, CancellationToken ct = default) =>
        WithPlanAsync(planId, plan => confirmed ? reviews.PublishAsync(plan, user, ct) : throw new ReviewRuleException(PublishUnconfirmed), ct);

    private async Task<EntryResult> WithPlanAsync(int planId, Func<ReviewPlan, Task> change, CancellationToken ct) =>
        await reviews.FindAsync(planId, ct) is { } plan ? await RunAsync(async () =>
        {
            await change(plan);
            return plan.Id;
        }) : EntryResult.Missing;

    /// <summary>The service refuses by <see cref="ReviewRuleException"/> (its messages, joined) or by a stale version.</summary>
    private static async Task<EntryResult> RunAsync(Func<Task<int>> change)
    {
        try
        {
            return EntryResult.Saved(await change());
        }
        catch (ReviewRuleException e)
        {
            return Refused(e.Errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused([Conflict]);
        }
    }

    internal static EntryResult Refused(IEnumerable<string> errors) => EntryResult.Refused("", string.Join(" ", errors));
}
