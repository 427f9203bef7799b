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

/// <summary>
/// The latest draft (or an earlier one, <c>draft</c>) of a township's report for a year, with live figures linked to their
/// records, stale sentences marked, and the history of saves.
/// </summary>
[Authorize(Policy = Policies.ViewReports)]
public class DraftModel(AppDbContext db, TimeProvider clock, ReportDrafts stored) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "draft")]
    public int? DraftId { get; set; }

    public Organization? Township { get; private set; }
    public RenderedReport? Report { get; private set; }
    public bool IsLatest { get; private set; }
    public IReadOnlyList<ReportRevision> History { get; private set; } = [];
    public IReadOnlyList<(int Id, int Number, ReportState State)> Drafts { get; private set; } = [];

    /// <summary>第N稿 of a draft of this township's year, by its id.</summary>
    public int NumberOf(int draftId) => Drafts.FirstOrDefault(d => d.Id == draftId).Number;

    public int SelectedYear => Year ?? ReportPages.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync()
    {
        Township = await ReportPages.FindAsync(db, Org);
        if (Township is null)
        {
            return NotFound();
        }

        var drafts = await db.ReportDrafts.AsNoTracking().Where(d => d.OrganizationId == Org && d.Year == SelectedYear)
            .OrderByDescending(d => d.Id).Select(d => new { d.Id, d.Number, d.State }).ToListAsync();
        Drafts = drafts.Select(d => (d.Id, d.Number, d.State)).ToList();
        var chosen = DraftId ?? drafts.FirstOrDefault()?.Id;
        if (chosen is null)
        {
            return Page();
        }

        var draft = await db.ReportDrafts.Include(d => d.Paragraphs).Include(d => d.Figures)
            .SingleOrDefaultAsync(d => d.Id == chosen && d.OrganizationId == Org && d.Year == SelectedYear);
        if (draft is null)
        {
            return NotFound();
        }

        IsLatest = draft.Id == drafts[0].Id;
        Report = await RenderedReport.RenderAsync(db, draft, Township, ReportPages.Today(clock));
        History = await stored.HistoryAsync(Org, SelectedYear);
        return Page();
    }

    public string FigureUrl(string indicatorId) => $"/Reports/Figure?org={Org}&year={SelectedYear}&indicator={Uri.EscapeDataString(indicatorId)}";
}
