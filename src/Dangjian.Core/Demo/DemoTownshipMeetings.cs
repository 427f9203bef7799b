using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Demo;

/// <summary>A demo township's monthly themes and its committee's own meetings.</summary>
public sealed class DemoTownshipMeetings(Random random, DateOnly today)
{
    private readonly DemoRecords records = new(random, today);

    public IEnumerable<MonthlyTheme> Themes(Organization township, DateOnly from)
    {
        for (var month = from; month <= today; month = month.AddMonths(1))
        {
            yield return new MonthlyTheme { OrganizationId = township.Id, Year = month.Year, Month = month.Month, Title = DemoTopics.Themes[month.Month - 1] };
        }
    }

    /// <summary>The township committee's own meetings; its members are not in the roster, so no attendance.</summary>
    public List<Meeting> ForTownship(Organization township, DateOnly from, string clerk)
    {
        var list = new List<Meeting>();
        void Add(MeetingKind kind, DateOnly day, string topic)
        {
            if (day <= today)
            {
                list.Add(records.New(township, kind, day, topic, [], MeetingHabits.Township, clerk, clerk, null));
            }
        }

        for (var month = from; month <= today; month = month.AddMonths(1))
        {
            Add(MeetingKind.TownshipCommitteeMeeting, month.AddDays(random.Next(5)), DemoTopics.Pick(random, DemoTopics.Township));
            if (!Skip(40))
            {
                Add(MeetingKind.CentralGroupStudy, month.AddDays(10 + random.Next(5)), DemoTopics.Pick(random, DemoTopics.Lecture));
            }

            if (month.Month % 3 == 1)
            {
                Add(MeetingKind.PartyBuildingSession, month.AddDays(15 + random.Next(10)), "党建工作专题会议");
            }
        }

        return list;
    }

    private bool Skip(int percent) => random.Next(100) < percent;
}
