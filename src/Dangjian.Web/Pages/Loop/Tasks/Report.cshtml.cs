using Dangjian.Core.Data;
using Dangjian.Core.Responsibility;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Tasks;

/// <summary>The receiver reports progress and, when done, completion with evidence (the level above may file it, 代录).</summary>
[Authorize(Policy = Policies.ReportLoop)]
public class ReportModel(AppDbContext db, TimeProvider time) : PageModel
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

        if (Completed && string.IsNullOrWhiteSpace(Evidence))
        {
            ModelState.AddModelError(nameof(Evidence), "完成任务须填写佐证材料");
        }

        if ((Progress?.Length ?? 0) > 4000 || (Evidence?.Length ?? 0) > 4000)
        {
            ModelState.AddModelError(nameof(Evidence), "进展和佐证材料各不能超过4000个字");
        }

        if (Version != Assignment.Version)
        {
            ModelState.AddModelError("", "该任务已被他人修改，请刷新后重试。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Assignment.Progress = LoopChoices.Trimmed(Progress);
        Assignment.Evidence = LoopChoices.Trimmed(Evidence);
        Assignment.CompletedOn = Completed ? CompletedOn ?? Assignment.CompletedOn ?? time.Today() : null;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "该任务已被他人修改，请刷新后重试。");
            return Page();
        }

        TempData["Message"] = Completed ? "已报送完成情况。" : "已报送进展。";
        return RedirectToPage("Index", new { year = Assignment.Task!.DueOn.Year });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var assignment = await db.KeyTaskAssignments.Include(a => a.Task).Include(a => a.Organization).SingleOrDefaultAsync(a => a.Id == id);
        Assignment = assignment!;
        return assignment is not null;
    }
}
