using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Loop.Rectification;

/// <summary>Raises an item from a review comment or self-found problem (inspection items come from a finding).</summary>
[Authorize(Policy = Policies.EditLoop)]
public class CreateModel(AppDbContext db, RectificationItemEntry entry, TimeProvider time) : PageModel
{
    [BindProperty]
    public ItemForm Form { get; set; } = new();

    public IReadOnlyList<Organization> Organizations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organizations = await LoopChoices.BelowAsync(db, User);
        Form.RaisedOn = time.Today();
        Form.Deadline = time.Today().AddMonths(1);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Organizations = await LoopChoices.BelowAsync(db, User);
        var actor = LoopChoices.Actor(User, time);
        Form.RaisedOn ??= actor.Today;
        var draft = new RectificationItemDraft(Form.OrganizationId, Form.Source, Form.Problem, Form.Measures, Form.RaisedOn, Form.Deadline);
        if (await FormSaves.SaveAsync(this, () => entry.CheckAsync(draft, actor), () => entry.RaiseAsync(draft, actor)) is not { Succeeded: true })
        {
            return Page();
        }

        TempData["Message"] = "已交办整改事项。";
        return RedirectToPage("Index");
    }
}
