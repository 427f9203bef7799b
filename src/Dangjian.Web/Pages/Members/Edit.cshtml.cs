using Dangjian.Core.Data;
using Dangjian.Core.People;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Members;

/// <summary>Edits a member's fields; the organization changes only through a transfer (组织关系转接).</summary>
[Authorize(Policy = Policies.EditMembers)]
public class EditModel(AppDbContext db, MemberSecrets secrets, MemberRegistry registry) : PageModel
{
    [BindProperty]
    public MemberForm Form { get; set; } = new();

    public Member Member { get; private set; } = null!;

    public MemberFormView View => new(Form, ModelState, false, null, Member.ResidentIdMasked, Member.PhoneMasked);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.Members.SingleOrDefaultAsync(m => m.Id == id) is not { } member)
        {
            return NotFound();
        }

        Member = member;
        Form = MemberForm.From(member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await db.Members.SingleOrDefaultAsync(m => m.Id == id) is not { } member)
        {
            return NotFound();
        }

        Member = member;
        if (string.IsNullOrWhiteSpace(Form.ResidentId) && secrets.RevealResidentId(member) is { } stored
            && ResidentId.Inconsistency(stored, Form.BirthDate ?? member.BirthDate, Form.Sex) is { } inconsistent)
        {
            ModelState.AddModelError("Form.ResidentId", inconsistent);
        }

        if (ModelState.IsValid && !string.IsNullOrWhiteSpace(Form.ResidentId)
            && await registry.IsResidentIdRegisteredAsync(secrets.ResidentIdIndexOf(Form.ResidentId), exceptMemberId: id))
        {
            ModelState.AddModelError("Form.ResidentId", MemberRegistry.DuplicateResidentId);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Optimistic concurrency: the version the user started from is the one the update must find.
        db.Entry(member).Property(m => m.Version).OriginalValue = Form.Version;
        Form.ApplyTo(member, secrets);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "保存失败：该党员的信息刚被其他人修改过。请刷新页面查看最新内容后再修改。");
            return Page();
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Form.ResidentId", MemberRegistry.DuplicateResidentId);
            return Page();
        }

        TempData["Message"] = "已保存。";
        return RedirectToPage("Details", new { id });
    }
}
