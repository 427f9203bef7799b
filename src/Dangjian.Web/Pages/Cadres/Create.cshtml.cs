using Dangjian.Core.Cadres;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Cadres;

[Authorize(Policy = Policies.EditCadres)]
public class CreateModel(AppDbContext db) : CadreEditorModel(db)
{
    public async Task OnGetAsync(int? term, int? village)
    {
        await LoadChoicesAsync();
        Form = new CadreForm { TermId = term ?? Terms.FirstOrDefault()?.Id, OrganizationId = village };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadChoicesAsync();
        await CheckAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var cadre = new Cadre { Name = Form.Name };
        Form.ApplyTo(cadre);
        Db.Cadres.Add(cadre);
        await Db.SaveChangesAsync();
        TempData["Message"] = $"已新增村“两委”成员{cadre.Name}。";
        return RedirectToPage("Index", new { term = cadre.TermId, village = cadre.OrganizationId });
    }
}
