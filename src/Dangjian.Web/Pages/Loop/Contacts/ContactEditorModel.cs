using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Loop.Contacts;

/// <summary>What the create and edit pages of a contact point share: the form, its choices and the save.</summary>
public abstract class ContactEditorModel(AppDbContext db, ContactPointEntry entry) : PageModel
{
    [BindProperty]
    public ContactForm Form { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Orgs { get; private set; } = [];
    public IReadOnlyList<LeaderAccount> Leaders { get; private set; } = [];
    public IReadOnlyList<GuidanceKind> Kinds { get; private set; } = [];

    protected AppDbContext Db => db;

    protected async Task LoadChoicesAsync()
    {
        Orgs = await EntryErrors.OrganizationChoicesAsync(db);
        Leaders = await LeaderAccounts.LoadAsync(db);
        Kinds = await VisibleKinds.LoadAsync(db, GuidanceFamily.ContactPoint);
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

        TempData["Message"] = "已保存联系点。";
        return RedirectToPage("Details", new { id = result.Id });
    }
}
