using System.Linq.Expressions;
using Dangjian.Core.Figures;
using Dangjian.Core.Loop.Service;

namespace Dangjian.Core.Loop.Commitments;

/// <summary>
/// 履诺率 on a date: of the commitments due by then (DueOn ≤ date), the share fulfilled by then (FulfilledOn ≤ date,
/// early or late). Commitments not yet due are left out of both counts, even when already fulfilled, so the rate
/// never exceeds 100% and does not fall because of work that is not yet due.
/// </summary>
public sealed record FulfilmentRate(int Due, int Fulfilled)
{
    public static Expression<Func<Commitment, bool>> IsDue(DateOnly asOf) => c => c.DueOn <= asOf;

    public static Expression<Func<Commitment, bool>> IsFulfilledWhenDue(DateOnly asOf) =>
        c => c.DueOn <= asOf && c.FulfilledOn != null && c.FulfilledOn <= asOf;

    /// <summary>Counted in SQL over any (scope-filtered) set of commitments.</summary>
    public static FulfilmentRate Of(IQueryable<Commitment> commitments, DateOnly asOf) =>
        new(commitments.Count(IsDue(asOf)), commitments.Count(IsFulfilledWhenDue(asOf)));

    public double? Percent => Due == 0 ? null : 100.0 * Fulfilled / Due;

    /// <summary>One decimal, never 100% unless all were kept (<see cref="FigureFormat.PercentText"/>).</summary>
    public string Text => FigureFormat.PercentText(Fulfilled, Due);
}
