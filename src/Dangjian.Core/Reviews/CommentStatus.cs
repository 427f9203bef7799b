using Dangjian.Core.Rectification;

namespace Dangjian.Core.Reviews;

/// <summary>Where a review comment's rectification stands, as the next year's report states it.</summary>
public enum CommentStatus { Fixed, InProgress, Overdue }

public static class CommentStatuses
{
    /// <summary>
    /// 已整改: signed off. 逾期: not signed off and past the deadline, unless the evidence was handed in by the deadline
    /// (then it waits for the raiser's sign-off and counts as 整改中). 整改中: everything else, also an item not found.
    /// </summary>
    public static CommentStatus Of(RectificationStatus? status, DateOnly? deadline, DateOnly? submittedOn, DateOnly today) =>
        status == RectificationStatus.SignedOff ? CommentStatus.Fixed
        : deadline is { } d && d < today && !(status == RectificationStatus.Submitted && submittedOn <= d) ? CommentStatus.Overdue
        : CommentStatus.InProgress;
}
