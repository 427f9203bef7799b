using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Cadres.Assignments;

/// <summary>What the create and edit pages of an assignment share: the form, its choices and the save.</summary>
public abstract class AssignmentEditorModel(AppDbContext db, AssignmentEntry entry) : PageModel
{
    [BindProperty]
    public AssignmentForm Form { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Orgs { get; private set; } = [];

    protected AppDbContext Db => db;

    protected async Task LoadChoicesAsync() => Orgs = await EntryErrors.OrganizationChoicesAsync(db);

    protected async Task<IActionResult> SaveAsync(int? id)
    {
        await LoadChoicesAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await entry.SaveAsync(id, Form.Draft);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = $"已保存{CadreLabels.Of(Form.Kind!.Value)}{Form.PersonName!.Trim()}的选派记录。";
        return RedirectToPage("Index");
    }
}
