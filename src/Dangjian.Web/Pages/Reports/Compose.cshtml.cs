using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Replication;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reports;

/// <summary>Drafts the township's report for a year from its records, with the secretary's own plans for 三、.</summary>
[Authorize(Policy = Policies.EditReports)]
public class ComposeModel(AppDbContext db, ReadRoute reads, TimeProvider clock, IAuditContext actor, ReportDraftEntry entry) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public string? Plans { get; set; }

    /// <summary>The secretary's own problems and causes for 二、, one per line.</summary>
    [BindProperty]
    public string? Problems { get; set; }

    [BindProperty]
    public string? Causes { get; set; }

    /// <summary>The suggestions shown (<see cref="ProposedProblem.Key"/>) and those she ticked; the others are left out.</summary>
    [BindProperty]
    public List<string> Offered { get; set; } = [];

    [BindProperty]
    public List<string> Take { get; set; } = [];

    public Organization? Township { get; private set; }
    public IReadOnlyList<ProposedProblem> Suggestions { get; private set; } = [];

    public int SelectedYear => Year ?? ReportPages.Today(clock).Year;

    public const int MaxWords = ReportDraftEntry.MaxWords;

    public async Task<IActionResult> OnGetAsync()
    {
        Township = await ReportPages.FindAsync(db, Org);
        if (Township is null)
        {
            return NotFound();
        }

        if (ReportPages.HasReport(Township) && SelectedYear is >= 2000 and <= 2100)
        {
            Suggestions = await SuggestionsAsync(Township);
            // her words of the last draft of the year come back, so composing again keeps them
            var last = await db.ReportDrafts.AsNoTracking().Where(d => d.OrganizationId == Township.Id && d.Year == SelectedYear)
                .OrderByDescending(d => d.Id).FirstOrDefaultAsync();
            (Plans, Problems, Causes) = (last?.Plans, last?.OwnProblems, last?.OwnCauses);
            var declined = (last?.DeclinedProblems ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            Take = Suggestions.Select(p => p.Key).Where(k => !declined.Contains(k)).ToList();
        }

        return Page();
    }

    private Task<IReadOnlyList<ProposedProblem>> SuggestionsAsync(Organization township) =>
        ReportDrafts.Composer(reads.Context, ReportPages.Today(clock)).SuggestionsAsync(new ReportInput(township, SelectedYear));

    public async Task<IActionResult> OnPostAsync()
    {
        Township = await ReportPages.FindAsync(db, Org);
        if (Township is null)
        {
            return NotFound();
        }

        if (ReportPages.HasReport(Township) && SelectedYear is >= 2000 and <= 2100)
        {
            Suggestions = await SuggestionsAsync(Township);
        }

        var declined = Suggestions.Select(p => p.Key).Where(k => Offered.Contains(k) && !Take.Contains(k)).ToList();
        var result = await entry.ComposeAsync(Township.Id, SelectedYear, new(Plans, Problems, Causes, declined), actor.UserName);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors, prefix: "");
            return Page();
        }

        TempData["Message"] = $"已根据记录生成{SelectedYear}年度述职报告草稿。";
        return RedirectToPage("Draft", new { org = Township.Id, year = SelectedYear });
    }
}
