using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings;

/// <summary>
/// Checks and stores one meeting with its attendance. The organization and members are looked up through the
/// scoped context (a foreign organization is "not found"); 代录 is set when the user belongs to another organization.
/// A correction (<see cref="UpdateAsync"/>) goes through the same checks.
/// </summary>
public sealed class MeetingEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const string Conflict = "保存失败：该会议记录刚被其他人更正过。请刷新页面查看最新内容后再更正（本次填写的内容仍在下面）。";

    public async Task<EntryResult> CreateAsync(MeetingDraft draft, int userOrganizationId, string userName, CancellationToken ct = default)
    {
        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == draft.OrganizationId && o.IsActive, ct);
        if (org is null)
        {
            return new EntryResult(null, true, new Dictionary<string, string> { [nameof(draft.OrganizationId)] = "找不到该党组织，或无权为其录入" });
        }

        var members = await DueMembersAsync(org.Id, [], ct);
        var (checkedDraft, speaker, theme, errors) = await CheckAsync(draft, org, members, ct);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var meeting = new Meeting
        {
            OrganizationId = org.Id, Topic = "", EnteredByProxy = userOrganizationId != org.Id, EnteredAtUtc = clock.UtcNow(), EnteredBy = userName,
        };
        Apply(meeting, checkedDraft, speaker, theme, members);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(meeting.Id);
    }

    /// <summary>
    /// 更正: the same checks as <see cref="CreateAsync"/> on a saved meeting of the user's scope (else not found), against the
    /// version the form was read at. The first entry (time, who) is kept, so 补录 still reads from it; a correction by
    /// another organization marks the record 代录, and 代录 once set stays. The organization of a meeting is not corrected.
    /// </summary>
    public async Task<EntryResult> UpdateAsync(int meetingId, int version, MeetingDraft draft, int userOrganizationId, string userName, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.Include(m => m.Organization).Include(m => m.Attendances).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return EntryResult.Missing;
        }

        var org = meeting.Organization!;
        var members = await DueMembersAsync(org.Id, meeting.Attendances.Select(a => a.MemberId).ToList(), ct);
        var (checkedDraft, speaker, theme, errors) = await CheckAsync(draft with { OrganizationId = org.Id }, org, members, ct);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        Apply(meeting, checkedDraft, speaker, theme, members);
        meeting.EnteredByProxy |= userOrganizationId != org.Id;
        (meeting.CorrectedAtUtc, meeting.CorrectedBy) = (clock.UtcNow(), userName);
        db.Entry(meeting).Property(m => m.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EntryResult.Refused("", Conflict);
        }

        return EntryResult.Saved(meeting.Id);
    }

    /// <summary>The organization's active members, and on a correction also those already recorded (moved or left since).</summary>
    private async Task<Dictionary<int, Member>> DueMembersAsync(int orgId, List<int> recorded, CancellationToken ct) =>
        await db.Members.AsNoTracking()
            .Where(m => (m.OrganizationId == orgId && m.State == MemberState.Active) || recorded.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, ct);

    /// <summary>The one set of entry rules, for a new meeting and a correction alike.</summary>
    private async Task<(MeetingDraft Draft, SpeakerAccount? Speaker, MonthlyTheme? Theme, Dictionary<string, string> Errors)> CheckAsync(
        MeetingDraft draft, Organization org, Dictionary<int, Member> members, CancellationToken ct)
    {
        var (speaker, speakerError) = await SpeakerAsync(draft, org, ct);
        if (speaker is not null && string.IsNullOrWhiteSpace(draft.SpeakerName))
        {
            draft = draft with { SpeakerName = speaker.Name };
        }

        var errors = MeetingValidation.Check(draft, org, members, clock.Today());
        if (speakerError is not null)
        {
            errors[nameof(draft.SpeakerUserId)] = speakerError;
        }

        var theme = await ThemeAsync(draft, org, errors, ct);
        if (VisibleTags.Check(draft.TagId, draft.TagId is null ? [] : await VisibleTags.LoadAsync(db, RecordFamily.Meeting, ct)) is { } tagError)
        {
            errors[nameof(draft.TagId)] = tagError;
        }

        return (draft, speaker, theme, errors);
    }

    /// <summary>
    /// Copies a checked draft onto the meeting. Attendance rows kept from before keep the member's 流动/无智能手机 flags as
    /// they were when first entered; new rows take today's.
    /// </summary>
    private static void Apply(Meeting meeting, MeetingDraft draft, SpeakerAccount? speaker, MonthlyTheme? theme, Dictionary<int, Member> members)
    {
        meeting.Kind = draft.Kind;
        meeting.HeldOn = draft.HeldOn!.Value;
        meeting.Topic = draft.Topic!.Trim();
        meeting.Place = Clean(draft.Place);
        meeting.ChairName = Clean(draft.ChairName);
        meeting.SpeakerName = Clean(draft.SpeakerName);
        meeting.SpeakerUserId = speaker?.Id;
        meeting.SpeakerMemberId = speaker is null ? members.Values.FirstOrDefault(m => m.Name == Clean(draft.SpeakerName))?.Id : null;
        meeting.MinutesText = Clean(draft.MinutesText);
        meeting.MonthlyThemeId = theme?.Id;
        meeting.TagId = draft.TagId;
        meeting.IncludesDemocraticAppraisal = draft.Kind == MeetingKind.OrgLifeMeeting && draft.IncludesDemocraticAppraisal;
        var wanted = draft.Attendance.ToDictionary(a => a.MemberId);
        // A recorded member the user cannot see (moved out of the user's scope since) was not on the form: the row stays.
        meeting.Attendances.RemoveAll(a => !wanted.ContainsKey(a.MemberId) && members.ContainsKey(a.MemberId));
        foreach (var a in draft.Attendance)
        {
            var fresh = MeetingAttendance.For(members[a.MemberId], meeting.HeldOn, a.Status, Clean(a.AbsenceReason));
            if (meeting.Attendances.FirstOrDefault(x => x.MemberId == a.MemberId) is { } kept)
            {
                (kept.Status, kept.AbsenceReason) = (fresh.Status, fresh.AbsenceReason);
            }
            else
            {
                meeting.Attendances.Add(fresh);
            }
        }

        // the database also carries a corrected date to the rows; the tracked rows say so too
        meeting.Attendances.ForEach(a => a.HeldOn = meeting.HeldOn);
    }

    /// <summary>The chosen speaker's account: one of the township leaders offered for the organization, else refused.</summary>
    private async Task<(SpeakerAccount? Account, string? Error)> SpeakerAsync(MeetingDraft draft, Organization org, CancellationToken ct)
    {
        if (draft.SpeakerUserId is not { } userId)
        {
            return (null, null);
        }

        var leaders = await MeetingSpeakers.LoadAsync(db, org, draft.HeldOn, ct);
        return leaders.FirstOrDefault(l => l.Id == userId) is { } leader
            ? (leader, null)
            : (null, $"所选账号不是本乡镇党委书记或{org.Name}（会议当天）的联系领导，不能作为授课人/主讲人；乡镇以外的授课人请只填写姓名");
    }

    /// <summary>A theme day counts against its township's theme of that month: the one given, else the one published.</summary>
    private async Task<MonthlyTheme?> ThemeAsync(MeetingDraft draft, Organization org, Dictionary<string, string> errors, CancellationToken ct)
    {
        if (draft.Kind != MeetingKind.ThemeDay || draft.HeldOn is not { } day)
        {
            if (draft.MonthlyThemeId is not null)
            {
                errors[nameof(draft.MonthlyThemeId)] = "只有主题党日可以关联月度主题";
            }

            return null;
        }

        var ancestors = OrgPaths.Ancestors(org.Path);
        var themes = await db.MonthlyThemes.AsNoTracking()
            .Where(t => ancestors.Contains(t.OrganizationId) && t.Year == day.Year && t.Month == day.Month)
            .ToListAsync(ct);
        if (draft.MonthlyThemeId is { } id)
        {
            var chosen = themes.FirstOrDefault(t => t.Id == id);
            if (chosen is null)
            {
                errors[nameof(draft.MonthlyThemeId)] = "所选月度主题不是上级党委当月发布的主题";
            }

            return chosen;
        }

        return themes.OrderByDescending(t => ancestors.IndexOf(t.OrganizationId)).FirstOrDefault();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
