using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Contacts;

/// <summary>Records a visit to a contact point (the date it happened, what was done), or corrects one (?visit=).</summary>
[Authorize(Policy = Policies.EditLoop)]
public class VisitModel(AppDbContext db, ContactVisitEntry entry, TimeProvider clock) : PageModel
{
    public sealed class VisitForm
    {
        public DateOnly? VisitedOn { get; set; }
        public VisitKind? Kind { get; set; }
        public string? Activity { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public VisitForm Form { get; set; } = new();

    public ContactPoint Point { get; private set; } = null!;
    public int? VisitId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? visit)
    {
        if (!await LoadAsync(id, visit))
        {
            return NotFound();
        }

        if (visit is { } v)
        {
            var row = await db.ContactVisits.AsNoTracking().SingleAsync(x => x.Id == v);
            Form = new VisitForm { VisitedOn = row.VisitedOn, Kind = row.Kind, Activity = row.Activity, Version = row.Version };
        }
        else
        {
            Form = new VisitForm { VisitedOn = clock.Today(), Kind = VisitKind.Research };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? visit)
    {
        if (!await LoadAsync(id, visit))
        {
            return NotFound();
        }

        var draft = new ContactVisitDraft(Form.VisitedOn, Form.Kind, Form.Activity, Form.Version);
        var result = await FormSaves.SaveAsync(this, () => entry.CheckAsync(id, draft),
            () => visit is { } v ? entry.UpdateAsync(v, draft) : entry.AddAsync(id, draft, User.Name()));
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is not { Succeeded: true })
        {
            return Page();
        }

        TempData["Message"] = "已保存走访记录。";
        return RedirectToPage("Details", new { id });
    }

    /// <summary>The contact point, and the visit when one is named: it must be one of that point's (else not found).</summary>
    private async Task<bool> LoadAsync(int id, int? visit)
    {
        if (await db.ContactPoints.AsNoTracking().Include(c => c.Organization).SingleOrDefaultAsync(c => c.Id == id) is not { } point)
        {
            return false;
        }

        (Point, VisitId) = (point, visit);
        return visit is not { } v || await db.ContactVisits.AnyAsync(x => x.Id == v && x.ContactPointId == id);
    }
}
