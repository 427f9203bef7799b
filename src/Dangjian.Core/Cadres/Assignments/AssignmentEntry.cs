using Dangjian.Core.Operations;
using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres.Assignments;

/// <summary>What the assignment form posts.</summary>
public sealed record AssignmentDraft(int? OrganizationId, AssignmentKind? Kind, string? PersonName, string? DispatchingUnit,
    DateOnly? StartedOn, DateOnly? EndedOn, int Version = 0);

/// <summary>
/// Records or corrects one assignment (选派). The organization served is looked up through the scoped context, so one
/// outside the caller's scope is "not found"; a correction must name the version it started from.
/// </summary>
public sealed class AssignmentEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const int PersonMax = 40;
    public const int UnitMax = 100;

    /// <summary>
    /// The checks of every field but the organization (looked up by the caller), shared with the assignment ledger; the
    /// person's name and the dispatching unit trimmed.
    /// </summary>
    public static (string? Person, string? Unit) Check(AssignmentDraft d, DateOnly today, Dictionary<string, string> errors)
    {
        if (d.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors[nameof(d.Kind)] = "请选择选派类别";
        }

        var person = EntryChecks.Text(errors, nameof(d.PersonName), d.PersonName, "姓名", PersonMax);
        var unit = EntryChecks.Text(errors, nameof(d.DispatchingUnit), d.DispatchingUnit, "派出单位", UnitMax);
        EntryChecks.FactDate(errors, nameof(d.StartedOn), d.StartedOn, "选派日期", today);
        EntryChecks.EndDate(errors, nameof(d.EndedOn), d.EndedOn, d.StartedOn, "结束日期", "选派日期");
        return (person, unit);
    }

    public async Task<EntryResult> SaveAsync(int? id, AssignmentDraft d, CancellationToken ct = default)
    {
        Assignment? row = null;
        if (id is { } existing && (row = await db.Assignments.SingleOrDefaultAsync(a => a.Id == existing, ct)) is null)
        {
            return EntryResult.Missing;
        }

        var errors = new Dictionary<string, string>();
        if (d.OrganizationId is not { } orgId || !await db.Organizations.AnyAsync(o => o.Id == orgId && o.IsActive, ct))
        {
            errors[nameof(d.OrganizationId)] = "请选择派驻的党组织";
        }

        var (person, unit) = Check(d, clock.Today(), errors);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        if (row is null)
        {
            row = new Assignment { PersonName = person!, DispatchingUnit = unit! };
            db.Assignments.Add(row);
        }
        else
        {
            db.Entry(row).Property(a => a.Version).OriginalValue = d.Version;
        }

        (row.OrganizationId, row.Kind, row.PersonName, row.DispatchingUnit, row.StartedOn, row.EndedOn) =
            (d.OrganizationId!.Value, d.Kind!.Value, person!, unit!, d.StartedOn!.Value, d.EndedOn);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryResult.Conflict();
        }

        return EntryResult.Saved(row.Id);
    }
}
