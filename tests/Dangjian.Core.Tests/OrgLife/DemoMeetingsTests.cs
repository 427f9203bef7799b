using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Shouldly;

namespace Dangjian.Core.Tests.OrgLife;

public class DemoMeetingsTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static List<Meeting> Generate(int seed, MeetingHabits habits)
    {
        var branch = new Organization { Id = 9, Name = "测试村党支部", Level = OrgLevel.Branch, Sector = OrgSector.Village, SecretaryName = "张书记" };
        var members = new DemoMembers(new Random(1), Today).For(branch, 40).Select((m, i) => { m.Id = i + 1; return m; }).ToList();
        var from = DemoMeetings.FirstMonth(Today, 12);
        return new DemoMeetings(new Random(seed), Today).ForBranch(branch, members, _ => null, from, habits, "测试镇党建办");
    }

    private static string Describe(Meeting m) =>
        $"{m.Kind}|{m.HeldOn}|{m.EnteredAtUtc:O}|{m.EnteredByProxy}|{string.Join(",", m.Attendances.Select(a => $"{a.MemberId}{a.Status}"))}";

    [Fact]
    public void The_same_seed_generates_the_same_meetings() =>
        Generate(3, MeetingHabits.Diligent).Select(Describe).ShouldBe(Generate(3, MeetingHabits.Diligent).Select(Describe));

    [Fact]
    public void Meetings_lie_in_the_last_twelve_months_and_are_entered_after_they_were_held()
    {
        var meetings = Generate(4, MeetingHabits.Diligent);
        meetings.ShouldAllBe(m => m.HeldOn >= new DateOnly(2025, 12, 1) && m.HeldOn <= Today);
        meetings.ShouldAllBe(m => DateOnly.FromDateTime(m.EnteredAtUtc) >= m.HeldOn && DateOnly.FromDateTime(m.EnteredAtUtc) <= Today);
        meetings.Where(m => m.Kind == MeetingKind.ThemeDay).Count().ShouldBeInRange(10, 12);
        meetings.Where(m => m.Kind == MeetingKind.PartyLecture).ShouldAllBe(m => m.SpeakerName == "张书记");
    }

    [Fact]
    public void A_weak_branch_skips_more_than_a_diligent_one() =>
        Generate(5, MeetingHabits.WeakBranch).Count(m => m.Kind == MeetingKind.BranchCommittee)
            .ShouldBeLessThan(Generate(5, MeetingHabits.Diligent).Count(m => m.Kind == MeetingKind.BranchCommittee));
}
