using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Organizations;

[Authorize(Policy = Policies.EditOrganizations)]
public class EditModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public OrganizationForm Form { get; set; } = new();

    public Organization Org { get; private set; } = null!;

    public OrganizationFieldsView Fields => new(Form, AllowedLevels(), ModelState);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await FindAsync(id) is not { } org)
        {
            return NotFound();
        }

        Org = org;
        Form = OrganizationForm.From(org);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await FindAsync(id) is not { } org)
        {
            return NotFound();
        }

        Org = org;
        if (!AllowedLevels().Contains(Form.Level))
        {
            ModelState.AddModelError("Form.Level", "该组织类型不能设在当前上级组织之下");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Optimistic concurrency: the version the user started from is the one the update must find.
        db.Entry(org).Property(o => o.Version).OriginalValue = Form.Version;
        Form.ApplyTo(org);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "保存失败：该组织刚被其他人修改过。请刷新页面查看最新内容后再修改。");
            return Page();
        }

        TempData["Message"] = "已保存。";
        return RedirectToPage("Details", new { id });
    }

    private Task<Organization?> FindAsync(int id) =>
        db.Organizations.Include(o => o.Parent).SingleOrDefaultAsync(o => o.Id == id && o.IsActive);

    private IEnumerable<OrgLevel> AllowedLevels() =>
        Org.Parent is { } parent ? OrganizationForm.LevelsUnder(parent.Level) : [Org.Level];
}
