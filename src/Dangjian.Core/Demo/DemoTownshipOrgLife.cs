using Dangjian.Core.Data;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;

namespace Dangjian.Core.Demo;

/// <summary>
/// One township's monthly themes (written) and its meetings with attendance (returned, not yet written), for the demo
/// county (<see cref="DemoOrgLifeWriter"/>) and the generator (<see cref="DemoScaleOrgLife"/>) alike. A detailed township
/// is diligent but for its branches 3 and 7; the others keep sparser records.
/// </summary>
internal sealed class DemoTownshipOrgLife(AppDbContext db, Random random, DateOnly today, DateOnly from)
{
    private readonly DemoMeetings branches = new(random, today);
    private readonly DemoTownshipMeetings townships = new(random, today);

    public async Task<List<Meeting>> PlanAsync(OrgPlan township, IReadOnlyDictionary<int, List<Member>> members, bool detailed, CancellationToken ct)
    {
        var clerk = $"{township.Organization.Name[..^2]}党建办";
        var themes = townships.Themes(township.Organization, from).ToList();
        db.MonthlyThemes.AddRange(themes);
        await db.SaveChangesAsync(ct);
        var byMonth = themes.ToDictionary(t => (t.Year, t.Month));
        var meetings = townships.ForTownship(township.Organization, from, clerk);
        for (var i = 0; i < township.Children.Count; i++)
        {
            var branch = township.Children[i].Organization;
            var habits = !detailed ? MeetingHabits.Light : i is 3 or 7 ? MeetingHabits.WeakBranch : MeetingHabits.Diligent;
            meetings.AddRange(branches.ForBranch(branch, members.GetValueOrDefault(branch.Id) ?? [],
                month => byMonth.GetValueOrDefault((month.Year, month.Month)), from, habits, clerk));
        }

        return meetings;
    }
}
