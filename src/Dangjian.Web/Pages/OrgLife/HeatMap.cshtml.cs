using Dangjian.Core.Data;
using Dangjian.Core.Data.Replication;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Views;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.OrgLife;

/// <summary>Compliance of every branch in a subtree, month by month: an ECharts heat map over an HTML table of the same data.</summary>
public class HeatMapModel(ReadRoute reads, TimeProvider clock, HtmlEncoder encoder) : PageModel
{
    // read-only: from the standby when one is configured (ADR 0019)
    private AppDbContext db => reads.Context;

    public Organization Org { get; private set; } = null!;
    public HeatMapGrid Grid { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? org, int? year)
    {
        // The organization and the whole grid are kept until the records change (ADR 0023): the county's grid is ≈ 300
        // rows from three statements.
        var head = await DerivedCache.HeadAsync(db, HttpContext.RequestAborted);
        var found = await OrgChoice.ResolveAsync(db, head, org, User);
        if (found is null)
        {
            return NotFound();
        }

        Org = found;
        var today = clock.Today();
        var y = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        view = await DerivedCache.GetOrComputeAsync(db, head, (nameof(HeatMapModel), found.Path, y, today, DerivedCache.Scope(db)),
            v => v.Grid.Rows.Count, () => BuildAsync(found, y, today));
        (Grid, Townships, ChartJson, _) = view;
        return Page();
    }

    private async Task<HeatMapView> BuildAsync(Organization found, int y, DateOnly today)
    {
        var results = (await ComplianceQuery.YearAsync(db, found.Path, y, today, HttpContext.RequestAborted))
            .Where(r => r.Organization.Level is OrgLevel.Branch or OrgLevel.GeneralBranch)
            .ToDictionary(r => r.Organization.Id);
        var names = await db.Organizations.AsNoTracking().Where(o => results.Keys.Contains(o.Id))
            .OrderBy(o => o.Path).Select(o => new { o.Id, o.Name, o.Path }).ToListAsync();
        var places = await TownshipPlaces.OfAsync(db, names.Select(n => (n.Id, n.Name, n.Path)).ToList());
        var grid = HeatMapGrid.From(places.Select(p => (p.Id, p.Label, results[p.Id])), y);
        var township = places.ToDictionary(p => p.Id);
        var sections = grid.Rows.GroupBy(r => township[r.OrganizationId].TownshipId)
            .Select(g => new TownshipRows(township[g.First().OrganizationId].Township ?? found.Name, g.ToList()))
            .ToList();
        return new HeatMapView(grid, sections, ChartJsonOf(grid), new RenderedOnce());
    }

    private HeatMapView view = null!;

    private sealed record HeatMapView(HeatMapGrid Grid, IReadOnlyList<TownshipRows> Townships, string ChartJson, RenderedOnce Table);

    /// <summary>The table under the chart, rendered by the first request that shows this grid and kept with it.</summary>
    public Task<IHtmlContent> TableAsync(Func<Task<IHtmlContent>> render) => view.Table.GetAsync(render, encoder);

    /// <summary>The chart's data as a JSON script body (kept with the grid; "&lt;/" escaped so no value can close the script).</summary>
    public string ChartJson { get; private set; } = "";

    /// <summary>The table's sections, one per township in tree order (a user below township level gets one, named after the page's organization).</summary>
    public IReadOnlyList<TownshipRows> Townships { get; private set; } = [];

    public sealed record TownshipRows(string Township, IReadOnlyList<HeatMapRow> Rows)
    {
        public int Missing => Rows.Sum(r => r.Months.Count(c => c.Level == HeatLevel.Missing));
    }

    public string Link(int orgId, int month) => LinkOf(Grid.Year, orgId, month);

    private static string LinkOf(int year, int orgId, int month)
    {
        var start = new DateOnly(year, month, 1);
        return $"/Meetings?org={orgId}&from={start:yyyy-MM-dd}&to={start.AddMonths(1).AddDays(-1):yyyy-MM-dd}";
    }

    /// <summary>The chart's data: [month index, row index, level, link]; rows bottom-up as ECharts draws a category y axis.</summary>
    private static string ChartJsonOf(HeatMapGrid grid) => JsonSerializer.Serialize(new
    {
        months = Enumerable.Range(1, 12).Select(m => $"{m}月"),
        rows = grid.Rows.Select(r => r.Name).Reverse(),
        levels = Enum.GetValues<HeatLevel>().Select(l => new { value = (int)l, label = HeatLevels.Label(l), css = HeatLevels.Css(l) }),
        cells = grid.Rows.Reverse().SelectMany((r, i) => r.Months.Select(c => new object[] { c.Month - 1, i, (int)c.Level, LinkOf(grid.Year, r.OrganizationId, c.Month) })),
    }).Replace("</", "<\\/", StringComparison.Ordinal);
}
