using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.OrgLife.Rules;

namespace Dangjian.Core.Tests.OrgLife;

/// <summary>Small builders for engine tests: one branch, meetings entered on the day they were held.</summary>
internal static class Given
{
    public static readonly OrgFacts Branch = new(1, OrgLevel.Branch, OrgSector.Village, FullMembers: 12);
    private static int nextId;

    public static MeetingFacts Meeting(MeetingKind kind, DateOnly heldOn, int enteredDaysLater = 0, int due = 10, int present = 9, bool appraisal = false) =>
        new(Interlocked.Increment(ref nextId), Branch.Id, kind, heldOn,
            heldOn.AddDays(enteredDaysLater).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
            appraisal, false, new AttendanceCounts(due, present, 0, 0, 0, 0));

    public static List<SlotResult> Slots(
        MeetingKind kind, DateOnly from, DateOnly to, DateOnly today, params MeetingFacts[] meetings) =>
        Slots([RuleSets.Default], Branch, kind, from, to, today, meetings);

    public static List<SlotResult> Slots(
        IReadOnlyList<OrgLifeRuleSet> versions, OrgFacts org, MeetingKind kind, DateOnly from, DateOnly to, DateOnly today, params MeetingFacts[] meetings) =>
        ComplianceEngine.Evaluate(versions, [org], meetings, from, to, today)
            .Single().Slots.Where(s => s.Kind == kind).ToList();

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
