using Dangjian.Core.Data;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Meetings;

/// <summary>
/// 更正: corrects a saved meeting (attendance included) through the same checks as the entry form; open to the member
/// editors whose scope holds the meeting (its organization, the township above). The version read is posted back.
/// </summary>
[Authorize(Policy = Policies.EditMeetings)]
public class EditModel(AppDbContext db, MeetingEntry entry, TimeProvider clock) : PageModel
{
    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public Meeting Meeting { get; private set; } = null!;
    public MeetingChoices Choices { get; private set; } = null!;

    /// <summary>The user belongs to another organization: saving marks the record 代录.</summary>
    public bool Proxy => Meeting.OrganizationId != User.OrganizationId();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Form = MeetingForm.Of(Meeting, Choices.Members.Select(m => m.Id));
        Version = Meeting.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return await MeetingSaved.OutcomeAsync(this, db, Form, await entry.UpdateAsync(id, Version, Form.ToDraft(), User.OrganizationId(), User.Name()), "已更正");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var found = await db.Meetings.AsNoTracking().Include(m => m.Organization).Include(m => m.Attendances)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id);
        if (found is null)
        {
            return false;
        }

        Meeting = found;
        Choices = await MeetingChoices.LoadAsync(db, found.Organization!, clock, found.Attendances.Select(a => a.MemberId).ToList());
        return true;
    }
}
