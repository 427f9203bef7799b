using Dangjian.Core.Data;
using Dangjian.Core.WorkRecords;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.WorkRecords;

/// <summary>Work records of a year in the user's scope, newest first, with totals per category (GROUP BY in SQL).</summary>
[Authorize(Policy = Policies.Business)]
public class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Total(string Name, string Unit, int Records, decimal Quantity, int Participants);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear => Year ?? clock.Today().Year;
    public IReadOnlyList<WorkRecord> Records { get; private set; } = [];
    public IReadOnlyList<Total> Totals { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? number)
    {
        var from = new DateOnly(SelectedYear, 1, 1);
        var to = new DateOnly(SelectedYear, 12, 31);
        var year = db.WorkRecords.Where(w => w.HeldOn >= from && w.HeldOn <= to);
        Totals = await year.GroupBy(w => new { w.Category!.Name, w.Category.Unit, w.Category.SortOrder })
            .OrderBy(g => g.Key.SortOrder)
            .Select(g => new Total(g.Key.Name, g.Key.Unit, g.Count(), g.Sum(w => w.Quantity), g.Sum(w => w.Participants ?? 0)))
            .ToListAsync();
        (Pager, Records) = await Pager.PageAsync(year.AsNoTracking().Include(w => w.Category).Include(w => w.Organization).Include(w => w.Tag).ThenInclude(t => t!.Parent)
            .OrderByDescending(w => w.HeldOn).ThenByDescending(w => w.Id), number, "/WorkRecords",
            new Dictionary<string, string?> { ["year"] = SelectedYear.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }
}
