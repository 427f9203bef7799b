using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reports;

/// <summary>The townships in scope and the state of their duty report for a year.</summary>
[Authorize(Policy = Policies.ViewReports)]
public class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Organization Township, ReportState? State, DateTime? CreatedAtUtc);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int SelectedYear => Year ?? ReportPages.Today(clock).Year;

    public async Task OnGetAsync()
    {
        var townships = await db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Level == OrgLevel.TownshipCommittee).OrderBy(o => o.Path).ToListAsync();
        var latest = (await db.ReportDrafts.AsNoTracking().Where(d => d.Year == SelectedYear)
                .Select(d => new { d.Id, d.OrganizationId, d.State, d.CreatedAtUtc }).ToListAsync())
            .GroupBy(d => d.OrganizationId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Id)!);
        Rows = townships.Select(t => latest.TryGetValue(t.Id, out var d) ? new Row(t, d.State, d.CreatedAtUtc) : new Row(t, null, null)).ToList();
    }
}
