using Dangjian.Core.Data;

namespace Dangjian.Core.Reviews;

/// <summary>
/// An indicator of the catalog scored in the objective part: its weight among the plan's indicators, whether more is
/// better, and an optional target (without one, a value is scored relative to the best participant).
/// </summary>
public class ReviewIndicator : IVersioned
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public ReviewPlan? Plan { get; set; }
    public int Position { get; set; }

    /// <summary>Id in the indicator catalog, e.g. "meetings.committee".</summary>
    public required string IndicatorId { get; set; }
    public decimal Weight { get; set; }
    public IndicatorDirection Direction { get; set; }
    public decimal? Target { get; set; }
    public int Version { get; set; }

    public ReviewIndicatorRule Rule => new(IndicatorId, Weight, Direction, Target);
}

/// <summary>Higher: more is better (meetings held). Lower: less is better (organizational-life slots missed).</summary>
public enum IndicatorDirection { Higher, Lower }

/// <summary>An objective indicator as data: catalog id, weight, direction, optional target.</summary>
public sealed record ReviewIndicatorRule(string IndicatorId, decimal Weight, IndicatorDirection Direction = IndicatorDirection.Higher, decimal? Target = null);
