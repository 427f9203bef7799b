using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Views;

/// <summary>Branches × months of one year: each cell judges the required slots ending in that month.</summary>
public sealed record HeatMapGrid(int Year, IReadOnlyList<HeatMapRow> Rows)
{
    public static HeatMapGrid From(IEnumerable<(int Id, string Name, OrgCompliance Compliance)> branches, int year) => new(year, branches
        .Select(b => new HeatMapRow(b.Id, b.Name, Enumerable.Range(1, 12)
            .Select(month =>
            {
                var ending = b.Compliance.Slots.Where(s => s.End.Year == year && s.End.Month == month).ToList();
                var problems = ending.Where(s => s.Status is SlotStatus.Missing or SlotStatus.QuorumNotMet or SlotStatus.NotDue)
                    .Select(s => s.Kind).Distinct().ToList();
                return new HeatMapCell(month, HeatLevels.Of(ending), problems, ending);
            })
            .ToList()))
        .ToList());
}

public sealed record HeatMapRow(int OrganizationId, string Name, IReadOnlyList<HeatMapCell> Months);

/// <param name="Open">kinds still missing (or not yet held) among the slots ending this month.</param>
public sealed record HeatMapCell(int Month, HeatLevel Level, IReadOnlyList<MeetingKind> Open, IReadOnlyList<SlotResult> Slots);
