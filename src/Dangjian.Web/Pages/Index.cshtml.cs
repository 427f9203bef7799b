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
        var own = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == User.OrganizationId());
        Title = own?.Name ?? "我联系的党组织";
        var lines = new List<DueLine>();
        if (User.IsInRole(Roles.CountyOrgDept))
        {
            Overview = OverviewTable.Sorted("/", Today.Year, await overview.LoadAsync(Today.Year, Today), sort, desc == "1");
        }

        if (own is not null && (User.IsInRole(Roles.TownshipSecretary) || User.IsInRole(Roles.TownshipClerk)))
        {
            lines.AddRange(await due.TownshipAsync(own, Today));
        }

        if (User.IsInRole(Roles.BranchSecretary) || User.IsInRole(Roles.LiaisonLeader))
        {
            lines.AddRange(await due.BranchAsync(Today));
        }

        Sections = lines.Distinct().GroupBy(l => l.Kind).OrderBy(g => g.Key).ToList();
    }
}
