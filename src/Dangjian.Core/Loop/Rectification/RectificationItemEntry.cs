using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification;

/// <param name="RaisedOn">交办日期: the actor's today when null, a past day when entered afterwards.</param>
public sealed record RectificationItemDraft(int? OrganizationId, RectificationSource Source, string Problem, string? Measures, DateOnly? RaisedOn, DateOnly? Deadline);

/// <summary>
/// The steps of a rectification item, one method each (raise, submit, sign off, send back): each checks its fields, applies
/// <see cref="RectificationWorkflow"/> and saves. Field messages are keyed by the item form's and the details page's field names.
/// </summary>
public sealed class RectificationItemEntry(AppDbContext db) : IOperation
{
    public const string StaleMessage = "该事项已被他人修改，请刷新后重试。";

    /// <summary>The checks of a new item that need the database or today, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(RectificationItemDraft d, RectificationActor actor, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        await LoopEntries.CheckBelowAsync(db, errors, nameof(d.OrganizationId), actor.OrganizationId, d.OrganizationId, includeOwn: false,
            "只能向本级以下的党组织交办整改事项", ct);
        var raisedOn = d.RaisedOn ?? actor.Today;
        if (FactDates.Problem("交办日期", raisedOn, actor.Today) is { } wrong)
        {
            errors[nameof(d.RaisedOn)] = wrong;
        }
        else if (d.Deadline is { } deadline && RectificationWorkflow.DeadlineProblem(raisedOn, deadline) is { } late)
        {
            errors[nameof(d.Deadline)] = late;
        }

        LoopEntries.Required(errors, nameof(d.Deadline), d.Deadline, "请填写整改时限");

        return errors;
    }

    public async Task<EntryResult> RaiseAsync(RectificationItemDraft d, RectificationActor actor, CancellationToken ct = default)
    {
        if (await CheckAsync(d, actor, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var item = RectificationWorkflow.Raise(new RectificationItem
        {
            OrganizationId = d.OrganizationId!.Value, RaisedById = actor.OrganizationId, Source = d.Source, Problem = d.Problem.Trim(),
            Measures = LoopEntries.Trimmed(d.Measures), RaisedOn = d.RaisedOn ?? actor.Today, Deadline = d.Deadline!.Value,
        }, actor);
        db.RectificationItems.Add(item);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(item.Id);
    }

    /// <param name="file">An evidence file already kept in the attachment store, saved with the submission (the caller deletes it when refused).</param>
    public async Task<EntryResult> SubmitAsync(int itemId, RectificationReport r, RectificationActor actor, RectificationAttachment? file = null, CancellationToken ct = default)
    {
        if (await db.RectificationItems.Include(i => i.Attachments).SingleOrDefaultAsync(i => i.Id == itemId, ct) is not { } item)
        {
            return EntryResult.Missing;
        }

        if (r.On is { } day && RectificationWorkflow.SubmitDateProblem(item, day, actor.Today) is { } wrong)
        {
            return EntryResult.Refused(nameof(r.On), wrong);
        }

        if (file is not null)
        {
            file.ItemId = item.Id;
            item.Attachments.Add(file);
        }

        var result = await ApplyAsync(item, r.Version, () => RectificationWorkflow.Submit(item, actor, r.Measures, r.Text ?? "", r.On), ct);
        if (file is not null && !result.Succeeded)
        {
            item.Attachments.Remove(file);
            db.Entry(file).State = EntityState.Detached;
        }

        return result;
    }

    /// <param name="confirmed">The user ticked that the evidence was checked: 销号 closes the item for good.</param>
    public async Task<EntryResult> SignOffAsync(int itemId, RectificationReport r, bool confirmed, RectificationActor actor, CancellationToken ct = default)
    {
        if (await db.RectificationItems.SingleOrDefaultAsync(i => i.Id == itemId, ct) is not { } item)
        {
            return EntryResult.Missing;
        }

        if (!confirmed)
        {
            return EntryResult.Refused("Confirm", "销号后事项即告办结：请先勾选“我已核对整改材料，确认销号”。");
        }

        if (r.On is { } day && RectificationWorkflow.SignOffDateProblem(item, day, actor.Today) is { } wrong)
        {
            return EntryResult.Refused(nameof(r.On), wrong);
        }

        return await ApplyAsync(item, r.Version, () => RectificationWorkflow.SignOff(item, actor, r.Text, r.On), ct);
    }

    public async Task<EntryResult> SendBackAsync(int itemId, RectificationReport r, RectificationActor actor, CancellationToken ct = default) =>
        await db.RectificationItems.SingleOrDefaultAsync(i => i.Id == itemId, ct) is { } item
            ? await ApplyAsync(item, r.Version, () => RectificationWorkflow.SendBack(item, actor, r.Text), ct)
            : EntryResult.Missing;

    /// <summary>Applies a workflow step to the item as the user saw it (its version); the step's refusal is the form's message.</summary>
    private async Task<EntryResult> ApplyAsync(RectificationItem item, int version, Func<string?> step, CancellationToken ct)
    {
        if (version != item.Version)
        {
            return EntryResult.Refused("", StaleMessage);
        }

        if (step() is { } refusal)
        {
            return EntryResult.Refused("", refusal);
        }

        db.Entry(item).Property(i => i.Version).OriginalValue = version;
        return await LoopEntries.SaveAsync(db, item.Id, StaleMessage, ct);
    }
}

/// <summary>What the details page posts for a step: the text (evidence, or the sign-off/send-back note), the date when entered afterwards, the item's version.</summary>
public sealed record RectificationReport(string? Measures, string? Text, DateOnly? On, int Version);
