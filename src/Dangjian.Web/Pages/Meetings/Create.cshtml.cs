using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Meetings;

/// <summary>
/// Records a held meeting with attendance in one form: every active member listed, present by default — quick to fill in
/// from a signed paper sheet. "Copy last" takes the due list of the organization's last meeting of the kind.
/// </summary>
[Authorize(Policy = Policies.EditMeetings)]
public class CreateModel(AppDbContext db, MeetingEntry entry, TimeProvider clock) : PageModel
{
    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    public MeetingChoices Choices { get; private set; } = null!;
    public Organization Org => Choices.Org;
    public DateOnly? CopiedFrom { get; private set; }
    public bool Proxy => Org.Id != User.OrganizationId();

    public async Task<IActionResult> OnGetAsync(int? org, MeetingKind? kind, DateOnly? heldOn, string? topic, bool copy = false)
    {
        if (!await LoadAsync(org))
        {
            return NotFound();
        }

        Form = new MeetingForm
        {
            OrganizationId = Org.Id, Kind = kind ?? (MeetingValidation.KindFits(MeetingKind.ThemeDay, Org.Level) ? MeetingKind.ThemeDay : MeetingKind.TownshipCommitteeMeeting),
            HeldOn = heldOn ?? clock.Today(), Topic = topic, ChairName = Org.SecretaryName,
            Rows = Choices.Members.Select(m => new AttendanceRow { MemberId = m.Id, Status = RowStatus.Present }).ToList(),
        };
        if (copy)
        {
            await CopyLastAsync();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(Form.OrganizationId))
        {
            return NotFound();
        }

        return await MeetingSaved.OutcomeAsync(this, db, Form, await entry.CreateAsync(Form.ToDraft(), User.OrganizationId(), User.Name()), "已录入");
    }

    private async Task CopyLastAsync()
    {
        var last = await db.Meetings.AsNoTracking().Where(m => m.OrganizationId == Org.Id && m.Kind == Form.Kind)
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id)
            .Select(m => new { m.HeldOn, Due = m.Attendances.Select(a => a.MemberId).ToList() })
            .FirstOrDefaultAsync();
        if (last is null)
        {
            return;
        }

        CopiedFrom = last.HeldOn;
        var due = last.Due.ToHashSet();
        Form.Rows.ForEach(r => r.Status = due.Contains(r.MemberId) ? RowStatus.Present : RowStatus.NotDue);
    }

    private async Task<bool> LoadAsync(int? org)
    {
        var found = await OrgChoice.ResolveAsync(db, org, User);
        if (found is null)
        {
            return false;
        }

        Choices = await MeetingChoices.LoadAsync(db, found, clock, []);
        return true;
    }
}
