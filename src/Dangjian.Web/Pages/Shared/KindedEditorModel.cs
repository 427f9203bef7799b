using Dangjian.Core.Data;
using Dangjian.Core.Guidance;
using Dangjian.Core.Operations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Shared;

/// <summary>
/// What the create and edit pages of a record of one of the county's kinds share (projects, contact points): the form,
/// the organization and kind choices, and the save through the operation's check and save.
/// </summary>
public abstract class KindedEditorModel<TForm>(AppDbContext db, GuidanceFamily family) : PageModel where TForm : new()
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Orgs { get; private set; } = [];
    public IReadOnlyList<GuidanceKind> Kinds { get; private set; } = [];

    protected AppDbContext Db => db;

    protected virtual async Task LoadChoicesAsync()
    {
        Orgs = await EntryErrors.OrganizationChoicesAsync(db);
        Kinds = await VisibleKinds.LoadAsync(db, family);
    }

    /// <summary>The page again with the messages, "not found", or <see cref="Saved"/> once the operation saved.</summary>
    protected async Task<IActionResult> SaveAsync(Func<Task<Dictionary<string, string>>> check, Func<Task<EntryResult>> save)
    {
        await LoadChoicesAsync();
        var result = await FormSaves.SaveAsync(this, check, save);
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        return result is { Succeeded: true } ? Saved(result) : Page();
    }

    /// <summary>The confirmation and where to go after a save.</summary>
    protected abstract IActionResult Saved(EntryResult result);
}
