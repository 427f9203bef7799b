using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Organizations;

[Authorize(Policy = Policies.EditOrganizations)]
public class EditModel(AppDbContext db, OrganizationEntry entry) : PageModel
{
    [BindProperty]
    public OrganizationForm Form { get; set; } = new();

    public Organization Org { get; private set; } = null!;

    public OrganizationFieldsView Fields => new(Form, OrganizationEntry.LevelsFor(Org), ModelState);

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
        var result = await this.SaveAsync(() => Task.FromResult(OrganizationEntry.CheckLevel(OrganizationEntry.LevelsFor(org), Form.Draft)),
            () => entry.UpdateAsync(id, Form.Draft));
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

    private Task<Organization?> FindAsync(int id) => db.Organizations.AsNoTracking().Include(o => o.Parent).SingleOrDefaultAsync(o => o.Id == id && o.IsActive);
}
