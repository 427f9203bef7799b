using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Views;

/// <summary>How a branch stands in one month, over the required slots that end in that month.</summary>
public enum HeatLevel
{
    /// <summary>Nothing required ended this month (or only optional rules).</summary>
    None,

    /// <summary>A required slot ends this month and is not yet satisfied, but the month is not over.</summary>
    Pending,

    /// <summary>A required slot ended without enough meetings (missing, or held without quorum).</summary>
    Missing,

    /// <summary>Everything required was held; some of it entered late (补录).</summary>
    HeldLate,

    /// <summary>Everything required was held and entered on time.</summary>
    Held,
}

public static class HeatLevels
{
    public static HeatLevel Of(IEnumerable<SlotResult> slotsEndingInMonth)
    {
        var required = slotsEndingInMonth.Where(s => s.Status != SlotStatus.NotRequired).ToList();
        return required.Count == 0 ? HeatLevel.None
            : required.Any(s => s.Status is SlotStatus.Missing or SlotStatus.QuorumNotMet) ? HeatLevel.Missing
            : required.Any(s => s.Status == SlotStatus.NotDue) ? HeatLevel.Pending
            : required.Any(s => s.Status == SlotStatus.HeldLate) ? HeatLevel.HeldLate
            : HeatLevel.Held;
    }

    public static string Label(HeatLevel level) => level switch
    {
        HeatLevel.Held => "合规",
        HeatLevel.HeldLate => "合规（含补录）",
        HeatLevel.Missing => "未达要求",
        HeatLevel.Pending => "未到期",
        _ => "无要求",
    };

    /// <summary>CSS class and the chart's colour index (0 worst … 3 best; None is not drawn).</summary>
    public static string Css(HeatLevel level) => level switch
    {
        HeatLevel.Held => "held",
        HeatLevel.HeldLate => "late",
        HeatLevel.Missing => "missing",
        HeatLevel.Pending => "pending",
        _ => "none",
    };
}
