using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.OrgLife.Views;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.OrgLife;

/// <summary>What each organization of the subtree still has to hold before this month ends (月底前待开展).</summary>
public class GapsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public Organization Org { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<(int Id, string Name, IReadOnlyList<SlotResult> Open)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? org)
    {
        var found = await OrgChoice.ResolveAsync(db, org, User);
        if (found is null)
        {
            return NotFound();
        }

        Org = found;
        Today = clock.Today();
        var gaps = await MonthGaps.LoadAsync(db, found.Path, Today, HttpContext.RequestAborted);
        var ids = gaps.Select(g => g.OrganizationId).ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Path)
            .Select(o => new { o.Id, o.Name, o.Path }).ToListAsync();
        var open = gaps.ToDictionary(g => g.OrganizationId, g => g.Open);
        var places = await TownshipPlaces.OfAsync(db, names.Select(n => (n.Id, n.Name, n.Path)).ToList());
        Rows = places.Select(p => (p.Id, p.Label, open[p.Id])).ToList();
        return Page();
    }
}
