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

namespace Dangjian.Web.Pages.Loop.Contacts;

/// <summary>The contact points in force at some time in a year, with their visits in that year.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, string LeaderName, string Organization, string Kind, DateOnly StartedOn, DateOnly? EndedOn, int Visits, int Lectures);

    public int Year { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    /// <summary>The year's contact points per kind, visits and lectures, over all pages.</summary>
    public (IReadOnlyList<(string Kind, int Points)> Kinds, int Visits, int Lectures) Totals { get; private set; } = ([], 0, 0);
    public bool CanEdit { get; private set; }
    public bool CanEditKinds { get; private set; }

    public async Task OnGetAsync(int? year, [FromQuery(Name = "page")] int? number)
    {
        Year = year is >= 2000 and <= 2100 ? year.Value : clock.Today().Year;
        var (from, to) = (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        var points = db.ContactPoints.AsNoTracking().Where(c => c.StartedOn <= to && (c.EndedOn == null || c.EndedOn >= from));
        var kinds = await points.GroupBy(c => c.Kind!.Name).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var visits = points.SelectMany(c => c.Visits).Where(v => v.VisitedOn >= from && v.VisitedOn <= to);
        Totals = (kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (k.Key, k.Count)).ToList(), await visits.CountAsync(), await visits.CountAsync(v => v.Kind == VisitKind.Lecture));
        (Pager, Rows) = await Pager.PageAsync(points
            .OrderBy(c => c.LeaderName).ThenBy(c => c.Organization!.Path).ThenBy(c => c.Id)
            .Select(c => new Row(c.Id, c.LeaderName, c.Organization!.Name, c.Kind!.Name, c.StartedOn, c.EndedOn,
                c.Visits.Count(v => v.VisitedOn >= from && v.VisitedOn <= to),
                c.Visits.Count(v => v.VisitedOn >= from && v.VisitedOn <= to && v.Kind == VisitKind.Lecture)))
            , number, "/Loop/Contacts", new Dictionary<string, string?> { ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
        CanEditKinds = (await authorization.AuthorizeAsync(User, Policies.EditGuidanceKinds)).Succeeded;
    }
}
