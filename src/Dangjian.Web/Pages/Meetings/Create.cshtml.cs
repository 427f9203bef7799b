using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Entry;
using Dangjian.Core.People;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.OrgLife;
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

    public Organization Org { get; private set; } = null!;
    public IReadOnlyList<Member> Members { get; private set; } = [];
    public IReadOnlyList<MonthlyTheme> Themes { get; private set; } = [];
    public IReadOnlyList<RecordTag> Tags { get; private set; } = [];

    /// <summary>The township's leaders who may be chosen as the speaker (the secretary, the organization's liaison leaders).</summary>
    public IReadOnlyList<SpeakerAccount> Speakers { get; private set; } = [];
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
            Rows = Members.Select(m => new AttendanceRow { MemberId = m.Id, Status = RowStatus.Present }).ToList(),
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

        var result = await entry.CreateAsync(Form.ToDraft(), User.OrganizationId(), User.Name());
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            var due = Form.Rows.Select((r, i) => (r, i)).Where(x => x.r.Status != RowStatus.NotDue).Select(x => x.i).ToList();
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(KeyOf(field, due), message);
            }

            return Page();
        }

        var m = result.Meeting!;
        TempData["Message"] = $"已录入{OrgLifeLabels.Of(m.Kind)}（{m.HeldOn:yyyy-MM-dd}），应到{m.Attendances.Count}人，实到{m.Attendances.Count(a => a.Status == AttendanceStatus.Present)}人"
            + (m.EnteredByProxy ? "，标记为代录。" : "。");
        return RedirectToPage("Details", new { id = m.Id });
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

        Org = found;
        Members = await db.Members.AsNoTracking().Where(m => m.OrganizationId == found.Id && m.State == MemberState.Active)
            .OrderBy(m => m.NamePinyin).ThenBy(m => m.Id).ToListAsync();
        Tags = await VisibleTags.LoadAsync(db, RecordFamily.Meeting);
        Speakers = await MeetingSpeakers.LoadAsync(db, found, null);
        var ancestors = OrgPaths.Ancestors(found.Path);
        var since = clock.Today().AddMonths(-12);
        Themes = await db.MonthlyThemes.AsNoTracking()
            .Where(t => ancestors.Contains(t.OrganizationId) && (t.Year > since.Year || (t.Year == since.Year && t.Month >= since.Month)))
            .OrderByDescending(t => t.Year).ThenByDescending(t => t.Month).ToListAsync();
        return true;
    }

    /// <summary>The form key of a draft error: a row of the draft ("Attendance[2]") is the reason box of its row on the form.</summary>
    private static string KeyOf(string field, List<int> due)
    {
        var prefix = nameof(MeetingDraft.Attendance) + "[";
        if (field.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(field[prefix.Length..^1], out var k) && k < due.Count)
        {
            return $"Form.Rows[{due[k]}].Reason";
        }

        return field == nameof(MeetingDraft.Attendance) ? "" : $"Form.{field}";
    }
}
