using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification;

/// <summary>One step of escalation: so many days past the deadline, the item is shown so many levels above its raiser.</summary>
public sealed record EscalationStep(int DaysOverdue, int LevelsAboveRaiser, string Label);

/// <summary>An escalation date of one item: from this day the item is shown at that level.</summary>
public sealed record Escalation(DateOnly On, int LevelsAboveRaiser, string Label);

/// <summary>
/// The overdue-escalation rule as data (a county may set its own steps). Default: the day after the deadline the
/// raising organization is alerted; 7 days later its parent (the county for a township's items) sees it; 30 days later
/// the level above that.
/// </summary>
public sealed record EscalationPolicy(IReadOnlyList<EscalationStep> Steps)
{
    public static readonly EscalationPolicy Default = new([
        new(1, 0, "超期：提醒提出单位督办"),
        new(7, 1, "超期7天：报上级党组织"),
        new(30, 2, "超期30天：再报上一级党组织"),
    ]);

    public IReadOnlyList<Escalation> Dates(DateOnly deadline) =>
        Steps.OrderBy(s => s.DaysOverdue).Select(s => new Escalation(deadline.AddDays(s.DaysOverdue), s.LevelsAboveRaiser, s.Label)).ToList();

    /// <summary>
    /// The escalation reached on <paramref name="today"/>, or null: by <see cref="RectificationStates"/> an item 已销号 or
    /// 待销号 (material in, the raiser's turn) escalates no further; one 整改中 or 逾期 by the steps' dates.
    /// </summary>
    public Escalation? Reached(RectificationItem item, DateOnly today) =>
        RectificationStates.Of(item, today) is RectificationState.SignedOff or RectificationState.AwaitingSignOff
            ? null
            : Dates(item.Deadline).LastOrDefault(e => e.On <= today);

    /// <summary>The organization an escalation reaches: the raiser's ancestor that many levels up (by materialized path).</summary>
    public static int? Target(string raiserPath, int levelsAbove)
    {
        var ids = raiserPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = ids.Length - 1 - levelsAbove;
        return index >= 0 ? int.Parse(ids[index], System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
