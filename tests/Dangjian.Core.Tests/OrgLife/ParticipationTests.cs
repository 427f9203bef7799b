using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.OrgLife.Rules;
using Shouldly;
using static Dangjian.Core.Tests.OrgLife.Given;

namespace Dangjian.Core.Tests.OrgLife;

public class ParticipationTests
{
    [Fact]
    public void Rates_sum_the_meetings_held_inside_the_range()
    {
        MeetingFacts With(DateOnly day, AttendanceCounts counts) => Meeting(MeetingKind.ThemeDay, day) with { Attendance = counts };
        var meetings = new[]
        {
            With(D(2026, 1, 10), new(10, 9, 2, 1, 2, 2)),
            With(D(2026, 3, 10), new(10, 8, 2, 0, 2, 1)),
            With(D(2026, 4, 10), new(10, 10, 2, 2, 2, 2)),
        };
        var result = ComplianceEngine.Evaluate([RuleSets.Default], [Branch], meetings, D(2026, 1, 1), D(2026, 3, 31), D(2030, 1, 1)).Single();
        result.Participation.ShouldBe(new AttendanceCounts(20, 17, 4, 1, 4, 3));
        result.Participation.Rate.ShouldBe(0.85);
        result.Participation.MobileRate.ShouldBe(0.25);
        result.Participation.NoSmartphoneRate.ShouldBe(0.75);
        default(AttendanceCounts).Rate.ShouldBeNull();
    }

    [Fact]
    public void Each_slot_names_the_meetings_behind_it()
    {
        var a = Meeting(MeetingKind.ThemeDay, D(2026, 1, 10));
        var b = Meeting(MeetingKind.ThemeDay, D(2026, 1, 20));
        var slot = Slots(MeetingKind.ThemeDay, D(2026, 1, 1), D(2026, 1, 31), D(2030, 1, 1), a, b).Single();
        slot.MeetingIds.ShouldBe([a.Id, b.Id]);
        slot.Counted.ShouldBe(2);
    }
}
