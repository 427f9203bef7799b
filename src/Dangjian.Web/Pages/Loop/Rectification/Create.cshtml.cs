using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Rectification;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Loop.Rectification;

/// <summary>Raises an item from a review comment or self-found problem (inspection items come from a finding).</summary>
[Authorize(Policy = Policies.EditLoop)]
public class CreateModel(AppDbContext db, TimeProvider time) : PageModel
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
        if (Form.OrganizationId is { } id && Organizations.All(o => o.Id != id))
        {
            ModelState.AddModelError("Form.OrganizationId", "只能向本级以下的党组织交办整改事项");
        }

        var actor = LoopChoices.Actor(User, time);
        Form.RaisedOn ??= actor.Today;
        if (Form.RaisedOn is { } raisedOn && FactDates.Problem("交办日期", raisedOn, actor.Today) is { } wrong)
        {
            ModelState.AddModelError("Form.RaisedOn", wrong);
        }
        else if (Form.Deadline is { } deadline && RectificationWorkflow.DeadlineProblem(Form.RaisedOn.Value, deadline) is { } late)
        {
            ModelState.AddModelError("Form.Deadline", late);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.RectificationItems.Add(RectificationWorkflow.Raise(new RectificationItem
        {
            OrganizationId = Form.OrganizationId!.Value, RaisedById = actor.OrganizationId, Source = Form.Source, Problem = Form.Problem.Trim(),
            Measures = LoopChoices.Trimmed(Form.Measures), RaisedOn = Form.RaisedOn!.Value, Deadline = Form.Deadline!.Value,
        }, actor));
        await db.SaveChangesAsync();
        TempData["Message"] = "已交办整改事项。";
        return RedirectToPage("Index");
    }
}
