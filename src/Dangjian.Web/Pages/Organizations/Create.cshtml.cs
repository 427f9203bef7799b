using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Organizations;

[Authorize(Policy = Policies.EditOrganizations)]
public class CreateModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public OrganizationForm Form { get; set; } = new();

    public Organization Parent { get; private set; } = null!;

    public OrganizationFieldsView Fields => new(Form, OrganizationForm.LevelsUnder(Parent.Level), ModelState);

    public async Task<IActionResult> OnGetAsync(int parent)
    {
        if (await FindParentAsync(parent) is not { } p)
        {
            return NotFound();
        }

        Parent = p;
        Form = new OrganizationForm { FoundedOn = time.Today() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int parent)
    {
        if (await FindParentAsync(parent) is not { } p)
        {
            return NotFound();
        }

        Parent = p;
        if (!OrganizationForm.LevelsUnder(p.Level).Contains(Form.Level))
        {
            ModelState.AddModelError("Form.Level", "该组织类型不能设在当前上级组织之下");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var org = new Organization { Name = Form.Name };
        Form.ApplyTo(org);
        org.SortOrder = await db.Organizations.Where(o => o.ParentId == p.Id).CountAsync();
        await OrganizationTree.AddAsync(db, org, p);
        TempData["Message"] = "已新增组织。";
        return RedirectToPage("Details", new { id = org.Id });
    }

    private Task<Organization?> FindParentAsync(int id) =>
        db.Organizations.SingleOrDefaultAsync(o => o.Id == id && o.IsActive && o.Level != OrgLevel.Branch);
}
