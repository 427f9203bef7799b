using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Cadres;

/// <summary>What the create and edit pages share: the form, its choices, and the save through <see cref="CadreEntry"/>.</summary>
public abstract class CadreEditorModel(AppDbContext db, CadreEntry entry) : PageModel
{
    [BindProperty]
    public CadreForm Form { get; set; } = new();

    public IReadOnlyList<TermOption> Terms { get; private set; } = [];
    public IReadOnlyList<Organization> Villages { get; private set; } = [];

    protected AppDbContext Db => db;

    protected async Task LoadChoicesAsync()
    {
        Terms = await CadreChoices.TermsAsync(db);
        Villages = await CadreChoices.VillagesAsync(db);
    }

    protected async Task<IActionResult> SaveAsync(int? id, string message)
    {
        await LoadChoicesAsync();
        var result = await FormSaves.SaveAsync(this, () => entry.CheckAsync(Form.Draft), () => entry.SaveAsync(id, Form.Draft));
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is not { Succeeded: true })
        {
            return Page();
        }

        TempData["Message"] = message;
        return RedirectToPage("Index", new { term = Form.TermId, village = Form.OrganizationId });
    }
}
