using Dangjian.Core.Data;
using Dangjian.Core.Development;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Development;

[Authorize(Policy = Policies.EditDevelopment)]
public class CreateModel(AppDbContext db, DevelopmentStepEntry entry, TimeProvider time) : PageModel
{
    [BindProperty]
    public CaseForm Form { get; set; } = new();

    public IReadOnlyList<Organization> Branches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? org)
    {
        await LoadAsync();
        if (org is { } id && !await db.Organizations.AnyAsync(o => o.Id == id))
        {
            return NotFound();
        }

        Form = new CaseForm { OrganizationId = org, AppliedOn = time.Today() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (await this.SaveAsync(() => entry.CheckAsync(Form.OrganizationId), () => entry.StartAsync(Form.ToDraft())) is not { Id: { } id })
        {
            return Page();
        }

        TempData["Message"] = $"已登记{Form.Name.Trim()}的入党申请。";
        return RedirectToPage("Details", new { id });
    }

    private async Task LoadAsync() =>
        Branches = await db.Organizations.AsNoTracking()
            .Where(o => o.IsActive && o.Level != OrgLevel.CountyCommittee && o.Level != OrgLevel.TownshipCommittee)
            .OrderBy(o => o.Path).ToListAsync();
}
