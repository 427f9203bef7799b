using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Loop.Inspections;

/// <param name="On">The day the 问题提示单 was sent and the item raised: the actor's today when null, a past day when entered afterwards.</param>
/// <param name="Deadline">Raise a rectification item with this deadline (none when null).</param>
public sealed record FindingDraft(int? OrganizationId, string Description, DateOnly? On, bool SendNotice, DateOnly? Deadline, string? Measures);

/// <summary>Records a problem found by an inspection of the actor's organization and, with a deadline, raises its rectification item.</summary>
public sealed class FindingEntry(AppDbContext db) : IOperation
{
    /// <summary>The checks against the inspection, also shown beside a form the binder already refused (none when it is not found).</summary>
    public async Task<Dictionary<string, string>> CheckAsync(int inspectionId, FindingDraft d, RectificationActor actor, CancellationToken ct = default) =>
        await FindAsync(inspectionId, ct) is { } inspection ? Check(inspection, d, actor) : [];

    public async Task<EntryResult> AddAsync(int inspectionId, FindingDraft d, RectificationActor actor, CancellationToken ct = default)
    {
        if (await FindAsync(inspectionId, ct) is not { } inspection)
        {
            return EntryResult.Missing;
        }

        if (Check(inspection, d, actor) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var on = d.On ?? actor.Today;
        var finding = new Finding
        {
            InspectionId = inspection.Id, OrganizationId = d.OrganizationId!.Value, Description = d.Description.Trim(), NoticeSentOn = d.SendNotice ? on : null,
        };
        db.Findings.Add(finding);
        if (d.Deadline is { } deadline)
        {
            db.RectificationItems.Add(RectificationWorkflow.Raise(new RectificationItem
            {
                OrganizationId = finding.OrganizationId, RaisedById = inspection.OrganizationId, Source = RectificationSource.Inspection,
                Finding = finding, Problem = finding.Description, Measures = LoopEntries.Trimmed(d.Measures), RaisedOn = on, Deadline = deadline,
            }, actor));
        }

        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(finding.Id);
    }

    private Task<Inspection?> FindAsync(int inspectionId, CancellationToken ct) =>
        db.Inspections.AsNoTracking().Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == inspectionId, ct);

    private static Dictionary<string, string> Check(Inspection inspection, FindingDraft d, RectificationActor actor)
    {
        var errors = new Dictionary<string, string>();
        if (inspection.OrganizationId != actor.OrganizationId)
        {
            errors[""] = "只有发起督查的党组织可以登记问题。";
        }

        if (d.OrganizationId is not { } target || inspection.Targets.All(t => t.OrganizationId != target))
        {
            errors[nameof(d.OrganizationId)] = "请选择本次督查的对象";
        }

        var on = d.On ?? actor.Today;
        if ((FactDates.Problem("下发日期", on, actor.Today)
            ?? (on < inspection.StartedOn ? $"下发日期不能早于督查开始日期（{inspection.StartedOn:yyyy年M月d日}）。" : null)) is { } wrong)
        {
            errors[nameof(d.On)] = wrong;
        }
        else if (d.Deadline is { } due && RectificationWorkflow.DeadlineProblem(on, due, inspection.StartedOn) is { } late)
        {
            errors[nameof(d.Deadline)] = late;
        }

        return errors;
    }
}
