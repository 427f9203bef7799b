using Dangjian.Core.Data;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building.Honours;

/// <summary>Honours conferred in a year on organizations and people in scope.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, DateOnly On, string Level, string Name, HonourTarget Target, string Organization, string? Person, string? ConferredBy);

    public int Year { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    /// <summary>The year's honours per level and name (in the order first conferred), over all pages.</summary>
    public IReadOnlyList<(string Level, string Name, HonourTarget Target, int Count)> Totals { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int? year, [FromQuery(Name = "page")] int? number)
    {
        Year = year is >= 2000 and <= 2100 ? year.Value : clock.Today().Year;
        var from = new DateOnly(Year, 1, 1);
        var to = new DateOnly(Year, 12, 31);
        var inYear = db.Honours.AsNoTracking().Where(h => h.ConferredOn >= from && h.ConferredOn <= to);
        var totals = await inYear.GroupBy(h => new { h.Level, h.HonourName!.Name, h.HonourName.Target })
            .Select(g => new { g.Key.Level, g.Key.Name, g.Key.Target, Count = g.Count(), First = g.Min(h => h.ConferredOn) }).ToListAsync();
        Totals = totals.OrderBy(t => t.First).ThenBy(t => t.Level).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (Core.Building.TitleLevels.Of(t.Level), t.Name, t.Target, t.Count)).ToList();
        (Pager, var rows) = await Pager.PageAsync(inYear
            .OrderBy(h => h.ConferredOn).ThenBy(h => h.Organization!.Path).ThenBy(h => h.Id)
            .Select(h => new { h.Id, h.ConferredOn, h.Level, h.HonourName!.Name, h.HonourName.Target, Org = h.Organization!.Name,
                Person = h.Member != null ? h.Member.Name : h.PersonName, h.ConferredBy }),
            number, "/Building/Honours", new Dictionary<string, string?> { ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Rows = rows.Select(h => new Row(h.Id, h.ConferredOn, Core.Building.TitleLevels.Of(h.Level), h.Name, h.Target, h.Org, h.Person, h.ConferredBy)).ToList();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded;
    }
}
