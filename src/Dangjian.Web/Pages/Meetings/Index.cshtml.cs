using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Rules;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.OrgLife;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Meetings;

/// <summary>Meeting records of an organization's subtree, filtered by kind and dates: where every calendar and heat-map cell leads.</summary>
public class IndexModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public Organization Org { get; private set; } = null!;
    public MeetingKind? Kind { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public IReadOnlyList<MeetingRow> Rows { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public int LateAfterDays => RuleSets.Default.LateAfterDays;

    public async Task<IActionResult> OnGetAsync(int? org, MeetingKind? kind, DateOnly? from, DateOnly? to)
    {
        var found = await OrgChoice.ResolveAsync(db, org, User);
        if (found is null)
        {
            return NotFound();
        }

        (Org, Kind, From, To) = (found, kind, from, to);
        var query = db.Meetings.AsNoTracking().Where(m => m.Organization!.Path.StartsWith(found.Path));
        if (kind is { } k) query = query.Where(m => m.Kind == k || (k == MeetingKind.DemocraticAppraisal && m.IncludesDemocraticAppraisal));
        if (from is { } f) query = query.Where(m => m.HeldOn >= f);
        if (to is { } t) query = query.Where(m => m.HeldOn <= t);
        Rows = await query.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Take(500)
            .Select(m => new MeetingRow(m.Id, m.OrganizationId, m.Organization!.Name, m.Kind, m.HeldOn, m.Topic, m.Place, m.ChairName,
                m.SpeakerName, m.MonthlyThemeId, m.EnteredByProxy, m.EnteredAtUtc, m.EnteredBy,
                m.Attendances.Count, m.Attendances.Count(a => a.Status == AttendanceStatus.Present)))
            .ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditMeetings)).Succeeded;
        return Page();
    }
}
