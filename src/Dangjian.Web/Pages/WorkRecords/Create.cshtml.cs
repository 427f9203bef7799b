using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Meetings;
using Dangjian.Core.Organizations;
using Dangjian.Core.WorkRecords;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.WorkRecords;

/// <summary>Records one counted activity; entered for another organization than the user's own it is flagged 代录.</summary>
[Authorize(Policy = Policies.EditWorkRecords)]
public class CreateModel(AppDbContext db, WorkRecordEntry entry, TimeProvider clock) : PageModel
{
    [BindProperty]
    public WorkRecordForm Form { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Orgs { get; private set; } = [];
    public IReadOnlyList<WorkCategory> Categories { get; private set; } = [];
    public IReadOnlyList<RecordTag> Tags { get; private set; } = [];

    /// <summary>
    /// The township's leaders who may be chosen as 带队领导 of a record of the form's organization (its township secretary,
    /// its liaison leaders); the same list as a meeting's speakers (<see cref="MeetingSpeakers"/>).
    /// </summary>
    public IReadOnlyList<SpeakerAccount> Leaders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? org)
    {
        await LoadAsync();
        if (org is { } asked && Orgs.All(o => o.Id != asked))
        {
            return NotFound();
        }

        Form.OrganizationId = org ?? User.OrganizationId();
        Form.HeldOn = clock.Today();
        await LoadLeadersAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        await LoadLeadersAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await entry.AddAsync(User.OrganizationId(), User.Name(), new WorkRecordDraft(Form.OrganizationId!.Value, Form.CategoryId!.Value, Form.TagId,
            Form.HeldOn!.Value, Form.Title, Form.Quantity, Form.Participants, Form.LedBy, Form.LedByUserId, Form.Place, Form.Notes));
        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = $"已记录“{Form.Title.Trim()}”。";
        return RedirectToPage("Index", new { year = Form.HeldOn!.Value.Year });
    }

    /// <summary>
    /// "更换" (without script): shows the form again with the leaders of the organization now chosen, keeping everything typed
    /// and saving nothing. A leader chosen before who does not lead the new organization is unselected (the typed name stays).
    /// </summary>
    public async Task<IActionResult> OnPostLeadersAsync()
    {
        await LoadAsync();
        ModelState.Clear();
        if (Form.OrganizationId is not { } o || Orgs.All(x => x.Id != o))
        {
            ModelState.AddModelError("Form.OrganizationId", "请选择党组织");
        }

        await LoadLeadersAsync();
        if (Leaders.All(l => l.Id != Form.LedByUserId))
        {
            Form.LedByUserId = null;
        }

        return Page();
    }

    /// <summary>The leaders of an organization on a date, for js/leaders.js to swap the list; an organization the user may not choose is 404.</summary>
    public async Task<IActionResult> OnGetLeadersAsync(int org, DateOnly? on)
    {
        await LoadAsync();
        if (Orgs.All(o => o.Id != org))
        {
            return NotFound();
        }

        (Form.OrganizationId, Form.HeldOn) = (org, on);
        await LoadLeadersAsync();
        return new JsonResult(Leaders.Select(l => new { id = l.Id, name = l.Name, post = l.Post }));
    }

    /// <summary>The leaders of the form's organization on its date, when the organization is one the user may choose.</summary>
    private async Task LoadLeadersAsync()
    {
        var id = Form.OrganizationId;
        if (id is null || Orgs.All(o => o.Id != id))
        {
            Leaders = [];
            return;
        }

        var org = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id);
        Leaders = await MeetingSpeakers.LoadAsync(db, org, Form.HeldOn);
    }

    private async Task LoadAsync()
    {
        Orgs = (await db.Organizations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Path).Select(o => new { o.Id, o.Name }).ToListAsync())
            .Select(o => (o.Id, o.Name)).ToList();
        Categories = await WorkCategoryChoices.VisibleAsync(db);
        Tags = await VisibleTags.LoadAsync(db, RecordFamily.Work);
    }
}
