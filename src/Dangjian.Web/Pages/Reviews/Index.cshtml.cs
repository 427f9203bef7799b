using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reviews;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Loop;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>
/// The reviews the user can see, by year: those their organization runs (or those below it run) and those that review
/// their organization (the county's, for a township; the township's, for a branch), with the visible participants counted.
/// </summary>
public class IndexModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, int Year, string Title, ReviewPlanState State, string Reviewer, bool Reviewing, int Participants);

    public int? Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        Year = year;
        Years = await db.ReviewPlans.Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync();
        var plans = await db.ReviewPlans.AsNoTracking().Where(p => year == null || p.Year == year)
            .OrderByDescending(p => p.Year).ThenBy(p => p.OrganizationId)
            .Select(p => new { p.Id, p.Year, p.Title, p.State, p.OrganizationId, Participants = p.Participants.Count() }).ToListAsync();
        var ids = plans.Select(p => p.OrganizationId).Distinct().ToList();
        var reviewing = (await db.Organizations.Where(o => ids.Contains(o.Id)).Select(o => o.Id).ToListAsync()).ToHashSet();
        var names = await LoopChoices.NamesAsync(db, ids);
        // a review from above is listed where the user's organization takes part (a branch does not in the county's)
        Rows = plans.Where(p => reviewing.Contains(p.OrganizationId) || p.Participants > 0)
            .Select(p => new Row(p.Id, p.Year, p.Title, p.State, names(p.OrganizationId), reviewing.Contains(p.OrganizationId), p.Participants)).ToList();
        var own = await db.Organizations.AsNoTracking().Where(o => o.Id == User.OrganizationId()).Select(o => (OrgLevel?)o.Level).FirstOrDefaultAsync();
        CanCreate = (own is OrgLevel.CountyCommittee or OrgLevel.TownshipCommittee) && (await authorization.AuthorizeAsync(User, Policies.EditReviews)).Succeeded;
    }
}
