using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building.Projects;

/// <summary>The projects that ran in a year (started by its end, not completed before it began), planned ones included.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public int Year { get; private set; }
    public IReadOnlyList<Project> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    /// <summary>The year's projects per status and the registered funds (万元), over all pages.</summary>
    public (IReadOnlyDictionary<ProjectStatus, int> Statuses, decimal Amount) Totals { get; private set; } = (new Dictionary<ProjectStatus, int>(), 0);
    public bool CanEdit { get; private set; }
    public bool CanEditKinds { get; private set; }

    public async Task OnGetAsync(int? year, [FromQuery(Name = "page")] int? number)
    {
        Year = year is >= 2000 and <= 2100 ? year.Value : clock.Today().Year;
        var (from, to) = (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        var inYear = db.Projects.AsNoTracking().Where(p => p.StartedOn <= to && (p.CompletedOn == null || p.CompletedOn >= from));
        var statuses = await inYear.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Totals = (statuses.ToDictionary(s => s.Key, s => s.Count), await inYear.SumAsync(p => p.Amount ?? 0));
        (Pager, Rows) = await Pager.PageAsync(inYear.Include(p => p.Organization).Include(p => p.Kind)
            .OrderBy(p => p.Organization!.Path).ThenBy(p => p.StartedOn).ThenBy(p => p.Id), number, "/Building/Projects", new Dictionary<string, string?> { ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded;
        CanEditKinds = (await authorization.AuthorizeAsync(User, Policies.EditGuidanceKinds)).Succeeded;
    }
}
