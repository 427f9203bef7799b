using System.Security.Claims;
using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Reviews;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>
/// What the user may do with a plan they can see. The reviewer is whoever has the reviewing organization in scope (its own
/// users and those above): they see every visible row with its results while the review runs, and edit with the
/// <see cref="Policies.EditReviews"/> roles. The reviewed see their own row, and its results only once published.
/// </summary>
public sealed record ReviewAccess(bool Reviewer, bool CanEdit)
{
    public bool SeesResults(ReviewPlan plan) => Reviewer || plan.State == ReviewPlanState.Published;

    public static async Task<ReviewAccess> ForAsync(AppDbContext db, IAuthorizationService authorization, ClaimsPrincipal user, ReviewPlan plan)
    {
        var reviewer = await db.Organizations.AnyAsync(o => o.Id == plan.OrganizationId);
        return new(reviewer, reviewer && (await authorization.AuthorizeAsync(user, Policies.EditReviews)).Succeeded);
    }

    /// <summary>The indicators as seen from the plan's county (its own indicators included); built-in ones when no organization is at hand.</summary>
    public static async Task<IndicatorCatalog> CatalogAsync(ReviewService service, ReviewPlan plan) =>
        (plan.Organization ?? plan.Participants.FirstOrDefault()?.Organization) is { } org ? (await service.IndicatorsAsync(org)).Catalog : IndicatorCatalog.Builtin;

    /// <summary>Shown instead of results to the reviewed before publishing.</summary>
    public const string NotPublished = "评议结果公布后，可在此查看本单位的得分、等次、排名和领导点评。";
}
