using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;

namespace Dangjian.Core.Demo;

/// <summary>Generates a branch's meetings with attendance, month by month up to today. Deterministic for a Random.</summary>
public sealed class DemoMeetings(Random random, DateOnly today)
{
    private readonly DemoRecords records = new(random, today);

    public static DateOnly FirstMonth(DateOnly today, int months) => new DateOnly(today.Year, today.Month, 1).AddMonths(1 - months);

    public List<Meeting> ForBranch(Organization branch, IReadOnlyList<Member> members, Func<DateOnly, MonthlyTheme?> theme, DateOnly from, MeetingHabits h, string clerk)
    {
        var list = new List<Meeting>();
        void Add(MeetingKind kind, DateOnly day, string topic, IEnumerable<Member> due, int present, int? themeId = null)
        {
            if (day <= today)
            {
                list.Add(records.New(branch, kind, day, topic, due, h with { PresentPercent = present }, branch.SecretaryName ?? "支部书记", clerk, themeId));
            }
        }

        var full = members.Where(m => m.Status == MemberStatus.Full).ToList();
        var quarterEnds = 0;
        for (var month = from; month <= today; month = month.AddMonths(1))
        {
            var t = theme(month);
            if (!Skip(h.SkipPercent))
            {
                Add(MeetingKind.ThemeDay, month.AddDays(12 + random.Next(6)), t?.Title ?? "主题党日", members, h.PresentPercent, t?.Id);
            }

            if (full.Count >= 7 && !Skip(h.Weak ? 35 : h.SkipPercent))
            {
                var quorumFails = random.Next(100) < 4;
                Add(MeetingKind.BranchCommittee, month.AddDays(2 + random.Next(8)), DemoTopics.Pick(random, DemoTopics.Committee), full.Take(5), quorumFails ? 25 : 97);
            }

            if (branch.Level == OrgLevel.GeneralBranch && !Skip(h.SkipPercent + 20))
            {
                var group = month.Month % 3;
                Add(MeetingKind.GroupMeeting, month.AddDays(20 + random.Next(5)), "党小组学习", members.Where((_, i) => i % 3 == group), h.PresentPercent);
            }

            if (month.Month % 3 == 0 && !(h.Weak && ++quarterEnds == 2) && !Skip(h.SkipPercent))
            {
                Add(MeetingKind.MemberAssembly, month.AddDays(17 + random.Next(10)), DemoTopics.Pick(random, DemoTopics.Assembly), members, h.PresentPercent);
            }

            if (month.Month % 3 == 0 && !Skip(h.SkipPercent + 20))
            {
                Add(MeetingKind.PartyLecture, month.AddDays(4 + random.Next(10)), DemoTopics.Pick(random, DemoTopics.Lecture), members, h.PresentPercent);
            }

            if (month.Month == 12 && !Skip(h.SkipPercent))
            {
                Add(MeetingKind.OrgLifeMeeting, month.AddDays(20 + random.Next(8)), $"{month.Year}年度组织生活会暨民主评议党员", members, h.PresentPercent);
            }
        }

        foreach (var lecture in list.Where(m => m.Kind == MeetingKind.PartyLecture))
        {
            lecture.SpeakerName = branch.SecretaryName;
        }

        list.Where(m => m.Kind == MeetingKind.OrgLifeMeeting).ToList().ForEach(m => m.IncludesDemocraticAppraisal = true);
        return list;
    }

    private bool Skip(int percent) => random.Next(100) < percent;
}
