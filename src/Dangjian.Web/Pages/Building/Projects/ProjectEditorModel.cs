using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Building.Projects;

/// <summary>What the create and edit pages of a project share: the form, its choices and the save.</summary>
public abstract class ProjectEditorModel(AppDbContext db, ProjectEntry entry) : PageModel
{
    [BindProperty]
    public ProjectForm Form { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Orgs { get; private set; } = [];
    public IReadOnlyList<GuidanceKind> Kinds { get; private set; } = [];

    protected AppDbContext Db => db;

    protected async Task LoadChoicesAsync()
    {
        Orgs = await EntryErrors.OrganizationChoicesAsync(db);
        Kinds = await VisibleKinds.LoadAsync(db, GuidanceFamily.Project);
    }

    protected async Task<IActionResult> SaveAsync(int? id)
    {
        await LoadChoicesAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await entry.SaveAsync(id, Form.Draft, User.Name());
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = $"已保存项目“{Form.Name!.Trim()}”。";
        return RedirectToPage("Index", new { year = Form.StartedOn!.Value.Year });
    }
}
