using System.Linq.Expressions;
using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification;

/// <summary>Where a rectification item stands on a date: each item raised by then is in exactly one state.</summary>
public enum RectificationState
{
    /// <summary>已销号: signed off on or before the date.</summary>
    SignedOff,

    /// <summary>待销号: material submitted on or before the date, waiting for the raiser's sign-off (late or not).</summary>
    AwaitingSignOff,

    /// <summary>整改中: not submitted (or sent back) and the deadline not yet passed.</summary>
    InProgress,

    /// <summary>逾期: past the deadline and not submitted, or sent back.</summary>
    Overdue,
}

/// <summary>
/// The one classification of rectification items used by the report's figures, its 二、 (review comments) and the
/// review pages. States on a past date are read from the dates on the item (<see cref="RectificationItem.SubmittedOn"/>
/// is the latest submission), so a past year's figure does not move when the item is signed off later; an item sent back
/// after that date counts as sent back already, since the item keeps no date of its return.
/// </summary>
public static class RectificationStates
{
    public static RectificationState Of(RectificationStatus status, DateOnly deadline, DateOnly? submittedOn, DateOnly? signedOffOn, DateOnly asOf) =>
        signedOffOn is { } off && off <= asOf ? RectificationState.SignedOff
        : status != RectificationStatus.Open && submittedOn is { } sent && sent <= asOf ? RectificationState.AwaitingSignOff
        : deadline < asOf ? RectificationState.Overdue
        : RectificationState.InProgress;

    public static RectificationState Of(RectificationItem item, DateOnly asOf) => Of(item.Status, item.Deadline, item.SubmittedOn, item.SignedOffOn, asOf);

    /// <summary>The same classification as a query condition (for SQL): items in <paramref name="state"/> on <paramref name="asOf"/>.</summary>
    public static Expression<Func<RectificationItem, bool>> Is(RectificationState state, DateOnly asOf) => state switch
    {
        RectificationState.SignedOff => r => r.SignedOffOn != null && r.SignedOffOn <= asOf,
        RectificationState.AwaitingSignOff => r => (r.SignedOffOn == null || r.SignedOffOn > asOf)
            && r.Status != RectificationStatus.Open && r.SubmittedOn != null && r.SubmittedOn <= asOf,
        RectificationState.Overdue => r => (r.SignedOffOn == null || r.SignedOffOn > asOf)
            && !(r.Status != RectificationStatus.Open && r.SubmittedOn != null && r.SubmittedOn <= asOf) && r.Deadline < asOf,
        _ => r => (r.SignedOffOn == null || r.SignedOffOn > asOf)
            && !(r.Status != RectificationStatus.Open && r.SubmittedOn != null && r.SubmittedOn <= asOf) && r.Deadline >= asOf,
    };

    public static string Label(RectificationState state) => state switch
    {
        RectificationState.SignedOff => "已销号",
        RectificationState.AwaitingSignOff => "待销号",
        RectificationState.InProgress => "整改中",
        _ => "逾期",
    };
}
