using Dangjian.Core.Dashboard;
using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages;

/// <summary>
/// Home: what is due for the user's role, each line leading to the page that resolves it — the county's townships side
/// by side; a township's sign-offs, overdue items, branches with gaps and duty report; a branch's (or a liaison
/// leader's contacted organizations') meetings, rectification, development steps and commitments. The 三员 get links to their own work.
/// </summary>
public class IndexModel(AppDbContext db, DueItems due, CountyOverview overview, TimeProvider clock) : PageModel
{
    public bool IsBusiness { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public OverviewTable? Overview { get; private set; }

    /// <summary>The due lines by section, sections in the order of <see cref="DueKind"/>; empty sections left out.</summary>
    public IReadOnlyList<IGrouping<DueKind, DueLine>> Sections { get; private set; } = [];

    public async Task OnGetAsync(string? sort, string? desc)
    {
        IsBusiness = Roles.Business.Any(User.IsInRole);
        if (!IsBusiness)
        {
            return;
        }

        Today = clock.Today();
        var township = User.IsInRole(Roles.TownshipSecretary) || User.IsInRole(Roles.TownshipClerk);
        var branch = User.IsInRole(Roles.BranchSecretary) || User.IsInRole(Roles.LiaisonLeader);
        var orgId = User.OrganizationId();
        // The title and due lines are kept until the records change (ADR 0023), per scope, organization and role.
        var head = await DerivedCache.HeadAsync(db, HttpContext.RequestAborted);
        var home = await DerivedCache.GetOrComputeAsync(db, head, ("/", DerivedCache.Scope(db), orgId, township, branch, Today), h => h.Lines.Count + 1,
            () => HomeAsync(orgId, township, branch));
        Title = home.Title;
        if (User.IsInRole(Roles.CountyOrgDept))
        {
            Overview = OverviewTable.Sorted("/", Today.Year, await overview.LoadAsync(Today.Year, Today), sort, desc == "1");
        }

        Sections = home.Lines.Distinct().GroupBy(l => l.Kind).OrderBy(g => g.Key).ToList();
    }

    private sealed record Home(string Title, IReadOnlyList<DueLine> Lines);

    private async Task<Home> HomeAsync(int? orgId, bool township, bool branch)
    {
        var own = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId);
        var lines = new List<DueLine>();
        if (own is not null && township)
        {
            lines.AddRange(await due.TownshipAsync(own, Today));
        }

        if (branch)
        {
            lines.AddRange(await due.BranchAsync(Today));
        }

        return new Home(own?.Name ?? "我联系的党组织", lines);
    }
}
