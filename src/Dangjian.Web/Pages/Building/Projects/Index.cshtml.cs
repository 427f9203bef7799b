using Dangjian.Core.Data;
using Dangjian.Core.Guidance;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building.Projects;

/// <summary>The projects that ran in a year (started by its end, not completed before it began), planned ones included.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public int Year { get; private set; }
    public IReadOnlyList<Project> Rows { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanEditKinds { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        Year = year is >= 2000 and <= 2100 ? year.Value : clock.Today().Year;
        var (from, to) = (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        Rows = await db.Projects.AsNoTracking().Include(p => p.Organization).Include(p => p.Kind)
            .Where(p => p.StartedOn <= to && (p.CompletedOn == null || p.CompletedOn >= from))
            .OrderBy(p => p.Organization!.Path).ThenBy(p => p.StartedOn).Take(1000).ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded;
        CanEditKinds = (await authorization.AuthorizeAsync(User, Policies.EditGuidanceKinds)).Succeeded;
    }
}
