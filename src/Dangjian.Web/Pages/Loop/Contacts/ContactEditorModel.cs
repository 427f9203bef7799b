using Dangjian.Core.Data;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Operations;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Loop.Contacts;

/// <summary>What the create and edit pages of a contact point share: the form, its choices (with the leaders) and the save.</summary>
public abstract class ContactEditorModel(AppDbContext db, ContactPointEntry entry) : KindedEditorModel<ContactForm>(db, GuidanceFamily.ContactPoint)
{
    public IReadOnlyList<LeaderAccount> Leaders { get; private set; } = [];

    protected override async Task LoadChoicesAsync()
    {
        await base.LoadChoicesAsync();
        Leaders = await LeaderAccounts.LoadAsync(Db);
    }

    protected Task<IActionResult> SaveAsync(int? id) => SaveAsync(() => entry.CheckAsync(Form.Draft), () => entry.SaveAsync(id, Form.Draft, User.Name()));

    protected override IActionResult Saved(EntryResult result)
    {
        TempData["Message"] = "已保存联系点。";
        return RedirectToPage("Details", new { id = result.Id });
    }
}
