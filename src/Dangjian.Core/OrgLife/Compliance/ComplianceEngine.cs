using Dangjian.Core.OrgLife.Rules;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Compliance;

/// <summary>
/// Pure evaluation of meeting rules. A slot (month, quarter, year) is evaluated when its last day lies in [from, to],
/// so a quarter that began before <c>from</c> but ends inside is judged on all its meetings; callers must pass meetings
/// from <see cref="LoadFrom"/>. Each slot is judged by the rule set version in force on its first day.
/// </summary>
public static class ComplianceEngine
{
    /// <summary>Earliest meeting date the evaluation can look at: the start of the year of <paramref name="from"/>.</summary>
    public static DateOnly LoadFrom(DateOnly from) => RulePeriods.StartOf(RulePeriod.Year, from);

    public static IReadOnlyList<OrgCompliance> Evaluate(
        IReadOnlyList<OrgLifeRuleSet> versions, IEnumerable<OrgFacts> orgs, IReadOnlyCollection<MeetingFacts> meetings,
        DateOnly from, DateOnly to, DateOnly today)
    {
        var byOrgKind = meetings
            .SelectMany(m => m.CountsFor().Select(k => (m, k)))
            .ToLookup(x => (x.m.OrganizationId, x.k), x => x.m);
        var inRange = meetings.Where(m => m.HeldOn >= from && m.HeldOn <= to).ToLookup(m => m.OrganizationId);

        return orgs.Select(org => new OrgCompliance(
            org,
            Slots(versions, org, byOrgKind, from, to, today).ToList(),
            inRange[org.Id].Aggregate(default(AttendanceCounts), (sum, m) => sum + m.Attendance),
            inRange[org.Id].Count(m => m.EnteredByProxy))).ToList();
    }

    private static IEnumerable<SlotResult> Slots(
        IReadOnlyList<OrgLifeRuleSet> versions, OrgFacts org, ILookup<(int, MeetingKind), MeetingFacts> meetings,
        DateOnly from, DateOnly to, DateOnly today)
    {
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            // the same windows as RuleSets.InForce: the oldest version also covers everything before it
            var version = ordered[i];
            var windowStart = i == 0 ? DateOnly.MinValue : version.EffectiveFrom;
            var windowEnd = i + 1 < ordered.Count ? ordered[i + 1].EffectiveFrom : DateOnly.MaxValue;
            foreach (var rule in version.Rules.Where(r => r.AppliesTo.Covers(org.Level, org.Sector, org.FullMembers)))
            {
                var ofKind = meetings[(org.Id, rule.Kind)].ToList();
                foreach (var (start, end) in RulePeriods.SlotsEndingIn(rule.Period, from, to))
                {
                    if (start >= windowStart && start < windowEnd)
                    {
                        yield return Judge(version, rule, org.Id, start, end, ofKind.FindAll(m => m.HeldOn >= start && m.HeldOn <= end), today);
                    }
                }
            }
        }
    }

    private static SlotResult Judge(
        OrgLifeRuleSet version, MeetingRule rule, int orgId, DateOnly start, DateOnly end, List<MeetingFacts> held, DateOnly today)
    {
        var valid = held.Where(m => HasQuorum(rule, m)).ToList();
        var onTime = valid.Count(m => !m.EnteredLate(version.LateAfterDaysFor(rule)));
        var status =
            onTime >= rule.MinCount ? SlotStatus.Held
            : valid.Count >= rule.MinCount ? SlotStatus.HeldLate
            : rule.Optional ? SlotStatus.NotRequired
            : end >= today ? SlotStatus.NotDue
            : held.Count >= rule.MinCount ? SlotStatus.QuorumNotMet
            : SlotStatus.Missing;
        return new SlotResult(orgId, rule.Kind, rule.Period, start, end, rule.MinCount, valid.Count, status, version.Name,
            held.Select(m => m.Id).ToList());
    }

    /// <summary>A meeting with no attendance recorded cannot show a quorum, so it does not count where one is required.</summary>
    private static bool HasQuorum(MeetingRule rule, MeetingFacts m) =>
        rule.QuorumMoreThan is not { } q || (m.Attendance.Due > 0 && m.Attendance.Present > q * m.Attendance.Due);
}
