using Dangjian.Core.Data;
using Dangjian.Core.Members;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Members;

[Authorize(Policy = Policies.EditMembers)]
public class CreateModel(AppDbContext db, MemberEntry entry) : PageModel
{
    [BindProperty]
    public MemberForm Form { get; set; } = new();

    public IReadOnlyList<OrgChoice> Orgs { get; private set; } = [];

    public MemberFormView View => new(Form, ModelState, true, Orgs);

    public async Task<IActionResult> OnGetAsync(int? org)
    {
        Orgs = await OrgsAsync();
        if (org is { } asked && Orgs.All(x => x.Id != asked))
        {
            return NotFound();
        }

        Form.OrganizationId = org ?? User.OrganizationId();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Orgs = await OrgsAsync();
        if (await this.SaveAsync(() => entry.CheckAsync(null, Form.Draft), () => entry.SaveAsync(null, Form.Draft, User.Name())) is not { Id: { } id })
        {
            return Page();
        }

        TempData["Message"] = $"已登记党员 {Form.Name.Trim()}。";
        return RedirectToPage("Details", new { id });
    }

    private async Task<IReadOnlyList<OrgChoice>> OrgsAsync() =>
        await db.Organizations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Path).Select(o => new OrgChoice(o.Id, o.Name)).ToListAsync();
}
