using Dangjian.Core.Data;
using Dangjian.Core.Data.Replication;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Views;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
using System.Collections.Concurrent;
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

    /// <param name="open">the section shown unfolded with its rows, for a reader without script (see <see cref="Folded"/>).</param>
    public async Task<IActionResult> OnGetAsync(int? org, int? year, int? open)
    {
        if (!await LoadAsync(org, year))
        {
            return NotFound();
        }

        Opened = open;
        return Page();
    }

    /// <summary>The chart's data, fetched by js/heatmap.js only where the chart shows (a phone reads the tables instead).</summary>
    public async Task<IActionResult> OnGetChartAsync(int? org, int? year) =>
        await LoadAsync(org, year) ? File(view.ChartJson, "application/json; charset=utf-8") : NotFound();

    /// <summary>One township's rows, fetched by js/heatmap.js when its folded section is opened.</summary>
    public async Task<IActionResult> OnGetSectionAsync(int? org, int? year, int township)
    {
        if (!await LoadAsync(org, year) || Townships.FirstOrDefault(t => t.Key == township) is not { } section)
        {
            return NotFound();
        }

        Fetched = new HeatSection(section, Grid.Year);
        return Partial("_HeatSectionKept", this);
    }

    /// <summary>The section <see cref="OnGetSectionAsync"/> answers with.</summary>
    public HeatSection? Fetched { get; private set; }

    /// <summary>That section's table, rendered by the first request for it and kept with the grid, like the page's table.</summary>
    public Task<IHtmlContent> SectionAsync(Func<Task<IHtmlContent>> render) =>
        view.Sections.GetOrAdd(Fetched!.Rows.Key, _ => new RenderedOnce()).GetAsync(render, encoder);

    private async Task<bool> LoadAsync(int? org, int? year)
    {
        // The organization and the whole grid are kept until the records change (ADR 0023): the demo county's grid is ≈ 60
        // rows from three statements.
        var head = await DerivedCache.HeadAsync(db, HttpContext.RequestAborted);
        var found = await OrgChoice.ResolveAsync(db, head, org, User);
        if (found is null)
        {
            return false;
        }

        Org = found;
        var today = clock.Today();
        var y = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        view = await DerivedCache.GetOrComputeAsync(db, head, (nameof(HeatMapModel), found.Path, y, today, DerivedCache.Scope(db)),
            v => v.Grid.Rows.Count, () => BuildAsync(found, y, today));
        (Grid, Townships, _, _, _) = view;
        return true;
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
            .Select(g => new TownshipRows(g.Key ?? 0, township[g.First().OrganizationId].Township ?? found.Name, g.ToList()))
            .ToList();
        return new HeatMapView(grid, sections, ChartJsonOf(grid), new RenderedOnce(), new ConcurrentDictionary<int, RenderedOnce>());
    }

    private HeatMapView view = null!;

    private sealed record HeatMapView(HeatMapGrid Grid, IReadOnlyList<TownshipRows> Townships, byte[] ChartJson, RenderedOnce Table,
        ConcurrentDictionary<int, RenderedOnce> Sections);

    /// <summary>
    /// The table under the chart, rendered by the first request that shows this grid and kept with it. A page that opens
    /// a folded section for a reader without script renders its own.
    /// </summary>
    public Task<IHtmlContent> TableAsync(Func<Task<IHtmlContent>> render) => Opened is null ? view.Table.GetAsync(render, encoder) : render();

    /// <summary>
    /// Many townships: each section is folded and carries only its summary, its rows fetched when it is opened (the demo
    /// county's ≈ 60 branches × 12 months would be ≈ 220 kB of a page most readers open one township of). One township:
    /// its section is open, rows in the page.
    /// </summary>
    public bool Folded => Townships.Count > 1;

    /// <summary>The folded section a reader without script asked to see, by <see cref="TownshipRows.Key"/>.</summary>
    public int? Opened { get; private set; }

    public string SectionLink(TownshipRows section) => $"/OrgLife/HeatMap?handler=Section&org={Org.Id}&year={Grid.Year}&township={section.Key}";

    public string OpenLink(TownshipRows section) => $"/OrgLife/HeatMap?org={Org.Id}&year={Grid.Year}&open={section.Key}#township-{section.Key}";

    public string ChartLink => $"/OrgLife/HeatMap?handler=Chart&org={Org.Id}&year={Grid.Year}";

    /// <summary>The table's sections, one per township in tree order (a user below township level gets one, named after the page's organization).</summary>
    public IReadOnlyList<TownshipRows> Townships { get; private set; } = [];

    /// <param name="Key">the township committee's id, 0 for branches under no township.</param>
    public sealed record TownshipRows(int Key, string Township, IReadOnlyList<HeatMapRow> Rows)
    {
        public int Missing => Rows.Sum(r => r.Months.Count(c => c.Level == HeatLevel.Missing));
    }

    /// <summary>One section's table, in the page or fetched alone.</summary>
    public sealed record HeatSection(TownshipRows Rows, int Year);

    public static string LinkOf(int year, int orgId, int month)
    {
        var start = new DateOnly(year, month, 1);
        return $"/Meetings?org={orgId}&from={start:yyyy-MM-dd}&to={start.AddMonths(1).AddDays(-1):yyyy-MM-dd}";
    }

    /// <summary>
    /// The chart's data: [month index, row index, level, link]; rows bottom-up as ECharts draws a category y axis. Kept
    /// with the grid as UTF-8; the default encoder writes &lt; and &gt; as \u escapes.
    /// </summary>
    private static byte[] ChartJsonOf(HeatMapGrid grid) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        months = Enumerable.Range(1, 12).Select(m => $"{m}月"),
        rows = grid.Rows.Select(r => r.Name).Reverse(),
        levels = Enum.GetValues<HeatLevel>().Select(l => new { value = (int)l, label = HeatLevels.Label(l), css = HeatLevels.Css(l) }),
        cells = grid.Rows.Reverse().SelectMany((r, i) => r.Months.Select(c => new object[] { c.Month - 1, i, (int)c.Level, LinkOf(grid.Year, r.OrganizationId, c.Month) })),
    });
}
