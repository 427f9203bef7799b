using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Data;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Bulletins;

/// <summary>Edits a draft and issues it (numbering at issue time). An issued bulletin is frozen; other levels only read.</summary>
[Authorize(Policy = Policies.EditLoop)]
public class EditModel(AppDbContext db, BulletinEntry entry, TimeProvider time) : PageModel
{
    public Bulletin Bulletin { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string Text { get; set; } = "";

    [BindProperty]
    public int Version { get; set; }

    /// <summary>印发 numbers the bulletin and freezes it: the user ticks that the text was checked (works without script).</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>印发日期: today when empty; the real day when a past year's bulletin is entered afterwards.</summary>
    [BindProperty]
    [FactDate("印发日期")]
    public DateOnly? IssuedOn { get; set; }

    /// <summary>The date the form proposes: today, or for a bulletin of an earlier year the end of its month.</summary>
    public DateOnly ProposedIssuedOn => time.Today() is var today && today.Year == Bulletin.Year
        ? today : new DateOnly(Bulletin.Year, Bulletin.Month, 1).AddMonths(1).AddDays(-1);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Title, Text, Version) = (Bulletin.Title, Bulletin.Text, Bulletin.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id) => await ChangeAsync(id, issue: false);

    public async Task<IActionResult> OnPostIssueAsync(int id) => await ChangeAsync(id, issue: true);

    private async Task<IActionResult> ChangeAsync(int id, bool issue)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        // the title and text are checked by the operation (its messages replace the binder's); only an unreadable date stops here
        if (issue && ModelState.GetFieldValidationState(nameof(IssuedOn)) == ModelValidationState.Invalid)
        {
            return Page();
        }

        ModelState.Clear();

        var text = new BulletinText(Title, Text, Version);
        var result = issue
            ? await entry.IssueAsync(id, User.OrganizationId(), text, Confirm, IssuedOn ?? time.Today())
            : await entry.SaveAsync(id, User.OrganizationId(), text);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors, prefix: "");
            return Page();
        }

        if (!issue)
        {
            TempData["Message"] = "已保存草稿。";
            return RedirectToPage("Edit", new { id });
        }

        var issued = await db.Bulletins.AsNoTracking().SingleAsync(b => b.Id == id);
        TempData["Message"] = $"已印发{issued.IssueLabel}。";
        return RedirectToPage("Index", new { year = issued.Year });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var bulletin = await db.Bulletins.AsNoTracking().Include(b => b.Organization).SingleOrDefaultAsync(b => b.Id == id);
        if (bulletin is null)
        {
            return false;
        }

        Bulletin = bulletin;
        CanEdit = !bulletin.IsIssued && bulletin.OrganizationId == User.OrganizationId();
        return true;
    }
}
