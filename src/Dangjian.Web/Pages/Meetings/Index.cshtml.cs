using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Rules;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
using Dangjian.Web.Pages.Shared;
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
    public Pager Pager { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public int LateAfterDays => RuleSets.Default.LateAfterDays;

    /// <param name="number">?page=N (the name "page" is the route's own value in Razor Pages, hence FromQuery).</param>
    public async Task<IActionResult> OnGetAsync(int? org, MeetingKind? kind, DateOnly? from, DateOnly? to, [FromQuery(Name = "page")] int? number)
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
        Pager = Pager.Of(number, await query.CountAsync(), "/Meetings", new Dictionary<string, string?>
        {
            ["org"] = found.Id.ToString(CultureInfo.InvariantCulture), ["kind"] = kind?.ToString(),
            ["from"] = from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Rows = await query.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Skip(Pager.Skip).Take(Pager.Size)
            .Select(m => new MeetingRow(m.Id, m.OrganizationId, m.Organization!.Name, m.Kind, m.HeldOn, m.Topic, m.Place, m.ChairName,
                m.SpeakerName, m.MonthlyThemeId, m.EnteredByProxy, m.EnteredAtUtc, m.EnteredBy,
                m.Attendances.Count, m.Attendances.Count(a => a.Status == AttendanceStatus.Present)))
            .ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditMeetings)).Succeeded;
        return Page();
    }
}
