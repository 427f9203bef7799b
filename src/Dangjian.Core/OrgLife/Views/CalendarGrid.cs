using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Views;

/// <summary>One organization's year: a row per meeting kind, a cell per slot spanning its months (a quarter spans three).</summary>
public sealed record CalendarGrid(int Year, IReadOnlyList<CalendarRow> Rows)
{
    public static CalendarGrid From(OrgCompliance org, int year) => new(year, org.Slots
        .Where(s => s.Start.Year == year)
        .GroupBy(s => s.Kind)
        .OrderBy(g => g.Key)
        .Select(g => new CalendarRow(g.Key, g.OrderBy(s => s.Start)
            .Select(s => new CalendarCell(s, s.Start.Month, (s.End.Year - s.Start.Year) * 12 + s.End.Month - s.Start.Month + 1))
            .ToList()))
        .ToList());
}

public sealed record CalendarRow(MeetingKind Kind, IReadOnlyList<CalendarCell> Cells);

public sealed record CalendarCell(SlotResult Slot, int FirstMonth, int Months);
