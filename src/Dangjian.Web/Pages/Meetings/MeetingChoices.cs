using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Meetings;

/// <summary>What the entry and correction forms offer for one organization: its members, themes, tags and speakers.</summary>
public sealed class MeetingChoices
{
    public required Organization Org { get; init; }

    /// <summary>Active members by pinyin; on a correction also the members already recorded (moved or left since).</summary>
    public required IReadOnlyList<Member> Members { get; init; }
    public required IReadOnlyList<MonthlyTheme> Themes { get; init; }
    public required IReadOnlyList<RecordTag> Tags { get; init; }

    /// <summary>The township's leaders who may be chosen as the speaker (the secretary, the organization's liaison leaders).</summary>
    public required IReadOnlyList<SpeakerAccount> Speakers { get; init; }

    public static async Task<MeetingChoices> LoadAsync(AppDbContext db, Organization org, TimeProvider clock, IReadOnlyCollection<int> recorded)
    {
        var ids = recorded.ToList();
        var ancestors = OrgPaths.Ancestors(org.Path);
        var since = clock.Today().AddMonths(-12);
        return new MeetingChoices
        {
            Org = org,
            Members = await db.Members.AsNoTracking()
                .Where(m => (m.OrganizationId == org.Id && m.State == MemberState.Active) || ids.Contains(m.Id))
                .OrderBy(m => m.NamePinyin).ThenBy(m => m.Id).ToListAsync(),
            Tags = await VisibleTags.LoadAsync(db, RecordFamily.Meeting),
            Speakers = await MeetingSpeakers.LoadAsync(db, org, null),
            Themes = await db.MonthlyThemes.AsNoTracking()
                .Where(t => ancestors.Contains(t.OrganizationId) && (t.Year > since.Year || (t.Year == since.Year && t.Month >= since.Month)))
                .OrderByDescending(t => t.Year).ThenByDescending(t => t.Month).ToListAsync(),
        };
    }
}
