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
public sealed record FindingDraft(int OrganizationId, string Description, DateOnly? On, bool SendNotice, DateOnly? Deadline, string? Measures);

/// <summary>Records a problem found by an inspection of the actor's organization and, with a deadline, raises its rectification item.</summary>
public sealed class FindingEntry(AppDbContext db) : IOperation
{
    public async Task<EntryResult> AddAsync(int inspectionId, FindingDraft d, RectificationActor actor, CancellationToken ct = default)
    {
        var inspection = await db.Inspections.AsNoTracking().Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == inspectionId, ct);
        if (inspection is null)
        {
            return EntryResult.Missing;
        }

        var errors = new Dictionary<string, string>();
        if (inspection.OrganizationId != actor.OrganizationId)
        {
            errors[""] = "只有发起督查的党组织可以登记问题。";
        }

        if (inspection.Targets.All(t => t.OrganizationId != d.OrganizationId))
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

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var finding = new Finding
        {
            InspectionId = inspection.Id, OrganizationId = d.OrganizationId, Description = d.Description.Trim(), NoticeSentOn = d.SendNotice ? on : null,
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
}
