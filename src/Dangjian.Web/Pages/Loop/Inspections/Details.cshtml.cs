using Dangjian.Core.Data;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Inspections;

public class DetailsModel(AppDbContext db, FindingEntry entry, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public Inspection Inspection { get; private set; } = null!;
    public Dictionary<int, List<RectificationItem>> Items { get; private set; } = [];

    /// <summary>For a 两随机 round: whether re-deriving the draw from the recorded seed gives the recorded people and targets.</summary>
    public bool? DrawVerified { get; private set; }
    public bool CanEdit { get; private set; }

    [BindProperty]
    public FindingForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Form.On = time.Today();
        Form.Deadline = time.Today().AddMonths(1);
        return Page();
    }

    public async Task<IActionResult> OnPostFindingAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var actor = LoopChoices.Actor(User, time);
        Form.On ??= actor.Today;
        var draft = new FindingDraft(Form.OrganizationId, Form.Description, Form.On, Form.SendNotice, Form.Deadline, Form.Measures);
        var result = await FormSaves.SaveAsync(this, () => entry.CheckAsync(id, draft, actor), () => entry.AddAsync(id, draft, actor));
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is not { Succeeded: true })
        {
            return Page();
        }

        TempData["Message"] = Form.Deadline is null ? "已登记问题。" : "已登记问题并交办整改事项。";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var inspection = await db.Inspections.AsNoTracking().Include(i => i.Targets).ThenInclude(t => t.Organization)
            .Include(i => i.Findings).ThenInclude(f => f.Organization).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id);
        if (inspection is null)
        {
            return false;
        }

        Inspection = inspection;
        var findingIds = inspection.Findings.Select(f => f.Id).ToList();
        Items = (await db.RectificationItems.AsNoTracking().Where(r => r.FindingId != null && findingIds.Contains(r.FindingId.Value)).ToListAsync())
            .GroupBy(r => r.FindingId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        if (inspection.DrawSeed is { } seed)
        {
            var candidates = RandomDraw.SplitNames(inspection.InspectorCandidates);
            var targets = RandomDraw.SplitIds(inspection.TargetCandidates);
            var drawnPeople = RandomDraw.SplitNames(inspection.Inspectors);
            DrawVerified = RandomDraw.Pick(seed, candidates, drawnPeople.Count).SequenceEqual(drawnPeople)
                && RandomDraw.Pick(seed, targets, inspection.Targets.Count).Order().SequenceEqual(inspection.Targets.Select(t => t.OrganizationId).Order());
        }

        CanEdit = inspection.OrganizationId == User.OrganizationId() && (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
        return true;
    }
}
