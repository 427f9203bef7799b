using Dangjian.Core.Data;
using Dangjian.Core.Guidance;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Contacts;

/// <summary>The contact points in force at some time in a year, with their visits in that year.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, string LeaderName, string Organization, string Kind, DateOnly StartedOn, DateOnly? EndedOn, int Visits, int Lectures);

    public int Year { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanEditKinds { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        Year = year is >= 2000 and <= 2100 ? year.Value : clock.Today().Year;
        var (from, to) = (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        Rows = await db.ContactPoints.AsNoTracking()
            .Where(c => c.StartedOn <= to && (c.EndedOn == null || c.EndedOn >= from))
            .OrderBy(c => c.LeaderName).ThenBy(c => c.Organization!.Path)
            .Select(c => new Row(c.Id, c.LeaderName, c.Organization!.Name, c.Kind!.Name, c.StartedOn, c.EndedOn,
                c.Visits.Count(v => v.VisitedOn >= from && v.VisitedOn <= to),
                c.Visits.Count(v => v.VisitedOn >= from && v.VisitedOn <= to && v.Kind == VisitKind.Lecture)))
            .Take(1000).ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
        CanEditKinds = (await authorization.AuthorizeAsync(User, Policies.EditGuidanceKinds)).Succeeded;
    }
}
