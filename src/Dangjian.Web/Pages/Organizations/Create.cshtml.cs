using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Organizations;

[Authorize(Policy = Policies.EditOrganizations)]
public class CreateModel(AppDbContext db, TimeProvider time, OrganizationEntry entry) : PageModel
{
    [BindProperty]
    public OrganizationForm Form { get; set; } = new();

    public Organization Parent { get; private set; } = null!;

    public OrganizationFieldsView Fields => new(Form, OrganizationEntry.LevelsUnder(Parent.Level), ModelState);

    public async Task<IActionResult> OnGetAsync(int parent)
    {
        if (await OrganizationEntry.ParentAsync(db, parent) is not { } p)
        {
            return NotFound();
        }

        Parent = p;
        Form = new OrganizationForm { FoundedOn = time.Today() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int parent)
    {
        if (await OrganizationEntry.ParentAsync(db, parent) is not { } p)
        {
            return NotFound();
        }

        Parent = p;
        var result = await this.SaveAsync(() => Task.FromResult(OrganizationEntry.CheckLevel(OrganizationEntry.LevelsUnder(p.Level), Form.Draft)),
            () => entry.CreateAsync(parent, Form.Draft));
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is not { Id: { } id })
        {
            return Page();
        }

        TempData["Message"] = "已新增组织。";
        return RedirectToPage("Details", new { id });
    }
}
