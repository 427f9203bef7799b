using Dangjian.Core.Time;
using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification;

/// <summary>Who acts on an item: the acting account's organization, its display name, and the moment (UTC).</summary>
public sealed record RectificationActor(int OrganizationId, string Name, DateTime Now)
{
    /// <summary>The Beijing date of the action: submit and sign-off dates are compared with deadlines set in Beijing dates.</summary>
    public DateOnly Today => Now.BeijingDate();
}

/// <summary>
/// The life of a rectification item: the owner reports measures and evidence; the raising organization signs it off
/// (销号) or sends it back. Every change is recorded in <see cref="RectificationItem.Changes"/>. Methods return
/// null on success, otherwise why the action is refused (the item is left unchanged).
/// </summary>
public static class RectificationWorkflow
{
    /// <summary>The longest deadline a new item may get: beyond it a date is a typing mistake (a year 9999), not a plan.</summary>
    public const int MaxDeadlineYears = 5;

    /// <summary>The longest text of 整改佐证材料 (the column's length).</summary>
    public const int EvidenceMax = 4000;

    /// <summary>
    /// Why a deadline cannot be given to an item raised on <paramref name="raisedOn"/> about something found on
    /// <paramref name="foundOn"/> (an inspection's start), or null when it can.
    /// </summary>
    public static string? DeadlineProblem(DateOnly raisedOn, DateOnly deadline, DateOnly? foundOn = null)
    {
        if (foundOn is { } found && deadline < found)
        {
            return $"整改时限不能早于发现问题的日期（{found:yyyy年M月d日}）。";
        }

        if (deadline < raisedOn)
        {
            return $"整改时限不能早于交办日期（{raisedOn:yyyy年M月d日}）。";
        }

        return deadline > raisedOn.AddYears(MaxDeadlineYears) ? $"整改时限不能晚于交办后{MaxDeadlineYears}年，请核对日期。" : null;
    }

    /// <summary>Opens an item. Callers check <see cref="DeadlineProblem"/> first: a deadline before the raise is refused here too.</summary>
    public static RectificationItem Raise(RectificationItem item, RectificationActor actor)
    {
        if (item.Deadline < item.RaisedOn)
        {
            throw new ArgumentException(DeadlineProblem(item.RaisedOn, item.Deadline), nameof(item));
        }

        item.Status = RectificationStatus.Open;
        item.Changes.Add(Change(null, RectificationStatus.Open, actor, "提出整改事项"));
        return item;
    }

    /// <param name="evidence">The text of the evidence; may be empty when files are attached to the item (<see cref="RectificationItem.Attachments"/>, loaded by the caller).</param>
    /// <param name="on">The date the material was handed in when entered afterwards (补录); the action's own date when null.</param>
    public static string? Submit(RectificationItem item, RectificationActor actor, string? measures, string evidence, DateOnly? on = null)
    {
        if (actor.OrganizationId != item.OrganizationId && actor.OrganizationId != item.RaisedById)
        {
            return "只有责任单位（或提出单位代录）可以报送整改材料。";
        }

        if (item.Status == RectificationStatus.SignedOff)
        {
            return "该事项已销号。";
        }

        if (string.IsNullOrWhiteSpace(evidence) && item.Attachments.Count == 0)
        {
            return "请填写整改佐证材料，或上传佐证附件（照片、扫描件）。";
        }

        if (evidence.Trim().Length > EvidenceMax)
        {
            return $"整改佐证材料不能超过{EvidenceMax}个字。";
        }

        if (on is { } day && SubmitDateProblem(item, day, actor.Today) is { } wrong)
        {
            return wrong;
        }

        item.Measures = string.IsNullOrWhiteSpace(measures) ? item.Measures : measures.Trim();
        item.Evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
        item.SubmittedOn = on ?? actor.Today;
        Move(item, RectificationStatus.Submitted, actor, actor.OrganizationId == item.OrganizationId ? "报送整改材料" : "提出单位代录整改材料");
        return null;
    }

    /// <summary>Whether this organization may sign the item off: only the one that raised it, never the owner itself.</summary>
    public static bool CanSignOff(RectificationItem item, int organizationId) =>
        organizationId == item.RaisedById && organizationId != item.OrganizationId;

    /// <param name="on">The date of the sign-off when entered afterwards (补录); the action's own date when null.</param>
    public static string? SignOff(RectificationItem item, RectificationActor actor, string? note, DateOnly? on = null)
    {
        if (!CanSignOff(item, actor.OrganizationId))
        {
            return "只有提出整改的党组织可以销号，责任单位不能为自己销号。";
        }

        if (item.Status != RectificationStatus.Submitted)
        {
            return "责任单位报送整改材料后才能销号。";
        }

        if (on is { } day && SignOffDateProblem(item, day, actor.Today) is { } wrong)
        {
            return wrong;
        }

        item.SignedOffOn = on ?? actor.Today;
        Move(item, RectificationStatus.SignedOff, actor, string.IsNullOrWhiteSpace(note) ? "审核通过，予以销号" : note.Trim());
        return null;
    }

    public static string? SendBack(RectificationItem item, RectificationActor actor, string? note)
    {
        if (!CanSignOff(item, actor.OrganizationId))
        {
            return "只有提出整改的党组织可以退回整改材料。";
        }

        if (item.Status != RectificationStatus.Submitted)
        {
            return "只有已报送的事项可以退回。";
        }

        Move(item, RectificationStatus.Open, actor, string.IsNullOrWhiteSpace(note) ? "整改不到位，退回继续整改" : note.Trim());
        return null;
    }

    /// <summary>Why the material cannot have been handed in on <paramref name="day"/>, or null: not after today, not before the raise.</summary>
    public static string? SubmitDateProblem(RectificationItem item, DateOnly day, DateOnly today) =>
        DateProblem("报送日期", day, today, item.RaisedOn, "交办日期");

    /// <summary>Why the item cannot have been signed off on <paramref name="day"/>, or null: not after today, not before the submission.</summary>
    public static string? SignOffDateProblem(RectificationItem item, DateOnly day, DateOnly today) =>
        DateProblem("销号日期", day, today, item.SubmittedOn ?? item.RaisedOn, "报送日期");

    private static string? DateProblem(string label, DateOnly day, DateOnly today, DateOnly notBefore, string earlierLabel) =>
        FactDates.Problem(label, day, today) ?? (day < notBefore ? $"{label}不能早于{earlierLabel}（{notBefore:yyyy年M月d日}）。" : null);

    private static void Move(RectificationItem item, RectificationStatus to, RectificationActor actor, string note)
    {
        item.Changes.Add(Change(item.Status, to, actor, note));
        item.Status = to;
    }

    private static RectificationStatusChange Change(RectificationStatus? from, RectificationStatus to, RectificationActor actor, string note) =>
        new() { From = from, To = to, ChangedAt = actor.Now, ChangedBy = actor.Name, Note = note };
}
