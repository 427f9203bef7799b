using Dangjian.Core.Bulletins;
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
public class EditModel(AppDbContext db, TimeProvider time) : PageModel
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

        if (string.IsNullOrWhiteSpace(Title) || Title.Length > 200)
        {
            ModelState.AddModelError(nameof(Title), "请填写标题（200字以内）。");
        }

        if (string.IsNullOrWhiteSpace(Text) || Text.Length > 20000)
        {
            ModelState.AddModelError(nameof(Text), "请填写正文（20000字以内）。");
        }

        if (Version != Bulletin.Version)
        {
            ModelState.AddModelError("", "该通报已被他人修改，请刷新后重试。");
        }

        if (issue && !Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "印发后编号、不能再修改：请先勾选“我已核对，确认印发”。");
        }

        var issuedOn = IssuedOn ?? time.Today();
        if (!issue)
        {
            ModelState.Remove(nameof(IssuedOn));
        }
        else if (ModelState.GetFieldValidationState(nameof(IssuedOn)) != ModelValidationState.Invalid && issuedOn.Year != Bulletin.Year)
        {
            ModelState.AddModelError(nameof(IssuedOn), $"印发日期应在通报所属的{Bulletin.Year}年内。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Bulletin.Title = Title.Trim();
        Bulletin.Text = Text.Trim();
        if (!issue)
        {
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "该通报已被他人修改，请刷新后重试。");
                return Page();
            }

            TempData["Message"] = "已保存草稿。";
            return RedirectToPage("Edit", new { id });
        }

        string? refusal;
        try
        {
            refusal = await BulletinIssuer.IssueAsync(db, Bulletin, issuedOn);
        }
        catch (DbUpdateConcurrencyException)
        {
            refusal = "该通报已被他人修改，请刷新后重试。";
        }

        if (refusal is not null)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }

        TempData["Message"] = $"已印发{Bulletin.IssueLabel}。";
        return RedirectToPage("Index", new { year = Bulletin.Year });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var bulletin = await db.Bulletins.Include(b => b.Organization).SingleOrDefaultAsync(b => b.Id == id);
        if (bulletin is null)
        {
            return false;
        }

        Bulletin = bulletin;
        CanEdit = !bulletin.IsIssued && bulletin.OrganizationId == User.OrganizationId();
        return true;
    }
}
