using Dangjian.Core.Data;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.Meetings;

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

    /// <summary>The gaps of the subtree under <paramref name="path"/> (read only, through the caller's scoped context).</summary>
    public static async Task<IReadOnlyList<(int OrganizationId, IReadOnlyList<SlotResult> Open)>> LoadAsync(AppDbContext db, string path, DateOnly today,
        CancellationToken ct = default)
    {
        var start = new DateOnly(today.Year, today.Month, 1);
        return Of(await new ComplianceQuery(db).RunAsync(path, start, start.AddMonths(1).AddDays(-1), today, null, ct), today);
    }
}
