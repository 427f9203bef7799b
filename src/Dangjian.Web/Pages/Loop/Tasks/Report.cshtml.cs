using Dangjian.Core.Data;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Tasks;

/// <summary>The receiver reports progress and, when done, completion with evidence (the level above may file it, 代录).</summary>
[Authorize(Policy = Policies.ReportLoop)]
public class ReportModel(AppDbContext db, KeyTaskReport report, TimeProvider time) : PageModel
{
    public KeyTaskAssignment Assignment { get; private set; } = null!;

    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public bool Completed { get; set; }

    [BindProperty]
    public int Version { get; set; }

    /// <summary>完成日期: today when empty; the real day when a past year's task is entered afterwards.</summary>
    [BindProperty]
    [FactDate("完成日期")]
    public DateOnly? CompletedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Progress, Evidence, Version) = (Assignment.Progress, Assignment.Evidence, Assignment.Version);
        CompletedOn = Assignment.CompletedOn ?? time.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await report.SaveAsync(id, new KeyTaskReportDraft(Progress, Evidence, Completed, CompletedOn, Version));
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors, prefix: "");
            return Page();
        }

        TempData["Message"] = Completed ? "已报送完成情况。" : "已报送进展。";
        return RedirectToPage("Index", new { year = Assignment.Task!.DueOn.Year });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var assignment = await db.KeyTaskAssignments.AsNoTracking().Include(a => a.Task).Include(a => a.Organization).SingleOrDefaultAsync(a => a.Id == id);
        Assignment = assignment!;
        return assignment is not null;
    }
}
