using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Meetings;

/// <summary>A printable A4 sign-in sheet: the organization's active members and an empty signature column, for members without smartphones.</summary>
public class SignInModel(AppDbContext db) : PageModel
{
    public Organization Org { get; private set; } = null!;
    public IReadOnlyList<Member> Members { get; private set; } = [];
    public MeetingKind? Kind { get; private set; }
    public DateOnly? Date { get; private set; }
    public string? Topic { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? org, MeetingKind? kind, DateOnly? date, string? topic)
    {
        var found = await OrgChoice.ResolveAsync(db, org, User);
        if (found is null)
        {
            return NotFound();
        }

        (Org, Kind, Date, Topic) = (found, kind, date, topic?.Length > 200 ? topic[..200] : topic);
        Members = await db.Members.AsNoTracking().Where(m => m.OrganizationId == found.Id && m.State == MemberState.Active)
            .OrderBy(m => m.NamePinyin).ThenBy(m => m.Id).ToListAsync();
        return Page();
    }
}
