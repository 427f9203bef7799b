using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Cadres.Reserves;

[Authorize(Policy = Policies.EditCadres)]
public class CreateModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public ReserveForm Form { get; set; } = new();

    public IReadOnlyList<Organization> Villages { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Villages = await CadreChoices.VillagesAsync(db);
        Form = new ReserveForm { AddedOn = time.Today() };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Villages = await CadreChoices.VillagesAsync(db);
        if (Form.OrganizationId is { } id && Villages.All(v => v.Id != id))
        {
            ModelState.AddModelError("Form.OrganizationId", "请选择所在村（社区）");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ReserveCadres.Add(Form.ToEntity());
        await db.SaveChangesAsync();
        TempData["Message"] = $"已将{Form.Name.Trim()}列入后备干部。";
        return RedirectToPage("Index");
    }
}
