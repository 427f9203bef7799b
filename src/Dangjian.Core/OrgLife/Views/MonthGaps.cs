using Dangjian.Core.OrgLife.Compliance;

namespace Dangjian.Core.OrgLife.Views;

/// <summary>What each organization still has to hold before the end of this month: required slots ending this month, not yet satisfied.</summary>
public static class MonthGaps
{
    public static IReadOnlyList<(int OrganizationId, IReadOnlyList<SlotResult> Open)> Of(IEnumerable<OrgCompliance> orgs, DateOnly today) => orgs
        .Select(o => (o.Organization.Id, (IReadOnlyList<SlotResult>)o.Slots
            .Where(s => s.End.Year == today.Year && s.End.Month == today.Month && s.Status == SlotStatus.NotDue)
            .OrderBy(s => s.Kind)
            .ToList()))
        .Where(x => x.Item2.Count > 0)
        .ToList();
}
