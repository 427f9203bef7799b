using Dangjian.Core.Data;
using Dangjian.Core.People;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Members;

[Authorize(Policy = Policies.EditMembers)]
public class CreateModel(AppDbContext db, MemberSecrets secrets, MemberRegistry registry, TimeProvider time) : PageModel
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
        var org = await db.Organizations.SingleOrDefaultAsync(o => o.Id == Form.OrganizationId && o.IsActive);
        if (org is null)
        {
            ModelState.AddModelError("Form.OrganizationId", "请选择所在党组织");
        }

        if (ModelState.IsValid && !string.IsNullOrWhiteSpace(Form.ResidentId)
            && await registry.IsResidentIdRegisteredAsync(secrets.ResidentIdIndexOf(Form.ResidentId)))
        {
            ModelState.AddModelError("Form.ResidentId", MemberRegistry.DuplicateResidentId);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var member = new Member { Name = Form.Name, OrganizationId = org!.Id, State = MemberState.Active };
        Form.ApplyTo(member, secrets);
        db.Members.Add(member);
        if (!string.IsNullOrWhiteSpace(Form.TransferredInFrom))
        {
            registry.TransferIn(member, Form.TransferredInFrom.Trim(), org, time.Today(), null, User.Name());
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The unique blind index caught a concurrent registration of the same ID.
            ModelState.AddModelError("Form.ResidentId", MemberRegistry.DuplicateResidentId);
            return Page();
        }

        TempData["Message"] = $"已登记党员 {member.Name}。";
        return RedirectToPage("Details", new { id = member.Id });
    }

    private async Task<IReadOnlyList<OrgChoice>> OrgsAsync() =>
        await db.Organizations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Path).Select(o => new OrgChoice(o.Id, o.Name)).ToListAsync();
}
