using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;

namespace Dangjian.Core.Demo;

/// <summary>A demo meeting's record: who of those due came, the minutes, and when and by whom it was entered.</summary>
internal sealed class DemoRecords(Random random, DateOnly today)
{
    /// <summary>A meeting chaired by the organization's secretary; <paramref name="ownClerk"/> enters it unless the township clerk does (代录).</summary>
    public Meeting New(Organization org, MeetingKind kind, DateOnly day, string topic, IEnumerable<Member> due, MeetingHabits h, string ownClerk, string clerk, int? themeId)
    {
        var chair = org.SecretaryName ?? "书记";
        var township = org.Level == OrgLevel.TownshipCommittee;
        var meeting = new Meeting
        {
            OrganizationId = org.Id, Kind = kind, HeldOn = day, Topic = topic, MonthlyThemeId = themeId, ChairName = chair,
            Place = township ? $"{org.Name[..^2]}党委会议室" : $"{org.Name.Replace("党支部", "", StringComparison.Ordinal).Replace("党总支", "", StringComparison.Ordinal)}党员活动室",
        };
        Fill(meeting, due, h.PresentPercent);
        Enter(meeting, ownClerk, clerk, h.LatePercent, h.ProxyPercent);
        var came = meeting.Attendances.Count(a => a.Status == AttendanceStatus.Present);
        var counts = meeting.Attendances.Count == 0 ? "" : $"应到{meeting.Attendances.Count}人，实到{came}人。";
        meeting.MinutesText = $"会议由{chair}主持，{counts}会议围绕“{topic}”进行了学习讨论，形成一致意见。";
        return meeting;
    }

    /// <summary>About nine in ten come; mobile members far less, older members without smartphones a little less.</summary>
    public void Fill(Meeting meeting, IEnumerable<Member> due, int presentPercent)
    {
        foreach (var member in due)
        {
            var chance = member.IsMobile ? presentPercent - 40 : member.NoSmartphone ? presentPercent - 8 : presentPercent;
            var present = random.Next(100) < chance;
            var onLeave = !present && (member.IsMobile || random.Next(100) < 65);
            meeting.Attendances.Add(MeetingAttendance.For(member, meeting.HeldOn,
                present ? AttendanceStatus.Present : onLeave ? AttendanceStatus.OnLeave : AttendanceStatus.Absent,
                present ? null : member.IsMobile ? "外出务工" : onLeave ? DemoTopics.Pick(random, DemoTopics.LeaveReasons) : null));
        }
    }

    /// <summary>Most entered within three days by the branch; some late (补录), some by the township clerk (代录).</summary>
    public void Enter(Meeting meeting, string ownClerk, string clerk, int latePercent, int proxyPercent)
    {
        var delay = random.Next(100) < latePercent ? 10 + random.Next(30) : random.Next(4);
        var entered = meeting.HeldOn.AddDays(delay);
        if (entered > today)
        {
            entered = today;
        }

        meeting.EnteredAtUtc = entered.ToDateTime(new TimeOnly(1 + random.Next(9), random.Next(60)), DateTimeKind.Utc);
        meeting.EnteredByProxy = random.Next(100) < proxyPercent;
        meeting.EnteredBy = meeting.EnteredByProxy ? clerk : ownClerk;
    }
}
