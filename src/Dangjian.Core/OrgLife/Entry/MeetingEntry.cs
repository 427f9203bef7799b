using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.OrgLife.Entry;

/// <summary>
/// Checks and stores one meeting with its attendance. The organization and members are looked up through the
/// scoped context (a foreign organization is "not found"); 代录 is set when the user belongs to another organization.
/// </summary>
public sealed class MeetingEntry(AppDbContext db, TimeProvider clock)
{
    public sealed record Result(Meeting? Meeting, bool NotFound, IReadOnlyDictionary<string, string> Errors)
    {
        public bool Succeeded => Meeting is not null;
    }

    public async Task<Result> CreateAsync(MeetingDraft draft, int userOrganizationId, string userName, CancellationToken ct = default)
    {
        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == draft.OrganizationId && o.IsActive, ct);
        if (org is null)
        {
            return new Result(null, true, new Dictionary<string, string> { [nameof(draft.OrganizationId)] = "找不到该党组织，或无权为其录入" });
        }

        var members = await db.Members.AsNoTracking()
            .Where(m => m.OrganizationId == org.Id && m.State == MemberState.Active)
            .ToDictionaryAsync(m => m.Id, ct);
        var today = clock.Today();
        var (speaker, speakerError) = await SpeakerAsync(draft, org, ct);
        if (speaker is not null && string.IsNullOrWhiteSpace(draft.SpeakerName))
        {
            draft = draft with { SpeakerName = speaker.Name };
        }

        var errors = MeetingValidation.Check(draft, org, members, today);
        if (speakerError is not null)
        {
            errors[nameof(draft.SpeakerUserId)] = speakerError;
        }

        var theme = await ThemeAsync(draft, org, errors, ct);
        if (VisibleTags.Check(draft.TagId, draft.TagId is null ? [] : await VisibleTags.LoadAsync(db, RecordFamily.Meeting, ct)) is { } tagError)
        {
            errors[nameof(draft.TagId)] = tagError;
        }

        if (errors.Count > 0)
        {
            return new Result(null, false, errors);
        }

        var meeting = new Meeting
        {
            OrganizationId = org.Id, Kind = draft.Kind, HeldOn = draft.HeldOn!.Value, Topic = draft.Topic!.Trim(),
            Place = Clean(draft.Place), ChairName = Clean(draft.ChairName), SpeakerName = Clean(draft.SpeakerName),
            SpeakerUserId = speaker?.Id,
            SpeakerMemberId = speaker is null ? members.Values.FirstOrDefault(m => m.Name == Clean(draft.SpeakerName))?.Id : null,
            MinutesText = Clean(draft.MinutesText), MonthlyThemeId = theme?.Id, TagId = draft.TagId,
            IncludesDemocraticAppraisal = draft.Kind == MeetingKind.OrgLifeMeeting && draft.IncludesDemocraticAppraisal,
            EnteredByProxy = userOrganizationId != org.Id, EnteredAtUtc = clock.UtcNow(), EnteredBy = userName,
            Attendances = draft.Attendance
                .Select(a => MeetingAttendance.For(members[a.MemberId], a.Status, Clean(a.AbsenceReason)))
                .ToList(),
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return new Result(meeting, false, errors);
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
