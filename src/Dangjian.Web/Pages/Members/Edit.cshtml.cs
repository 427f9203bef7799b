using Dangjian.Core.Data;
using Dangjian.Core.Members;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Members;

/// <summary>Edits a member's fields; the organization changes only through a transfer (组织关系转接).</summary>
[Authorize(Policy = Policies.EditMembers)]
public class EditModel(AppDbContext db, MemberEntry entry) : PageModel
{
    [BindProperty]
    public MemberForm Form { get; set; } = new();

    public Member Member { get; private set; } = null!;

    public MemberFormView View => new(Form, ModelState, false, null, Member.ResidentIdMasked, Member.PhoneMasked);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await FindAsync(id) is not { } member)
        {
            return NotFound();
        }

        Member = member;
        Form = MemberForm.From(member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await FindAsync(id) is not { } member)
        {
            return NotFound();
        }

        Member = member;
        var result = await this.SaveAsync(() => entry.CheckAsync(id, Form.Draft), () => entry.SaveAsync(id, Form.Draft, User.Name()));
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is not { Succeeded: true })
        {
            return Page();
        }

        TempData["Message"] = "已保存。";
        return RedirectToPage("Details", new { id });
    }

    private Task<Member?> FindAsync(int id) => db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
}
