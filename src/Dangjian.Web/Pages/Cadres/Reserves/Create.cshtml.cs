using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Cadres.Reserves;

[Authorize(Policy = Policies.EditCadres)]
public class CreateModel(AppDbContext db, TimeProvider time, ReserveCadreEntry entry) : PageModel
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
        if (await this.SaveAsync(() => entry.CheckAsync(Form.Draft), () => entry.AddAsync(Form.Draft)) is not { Succeeded: true })
        {
            return Page();
        }

        TempData["Message"] = $"已将{Form.Name.Trim()}列入后备干部。";
        return RedirectToPage("Index");
    }
}
