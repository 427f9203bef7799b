using Dangjian.Core.Operations;
using Dangjian.Core.Data;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;

namespace Dangjian.Core.Building.Projects;

public sealed record ProjectDraft(int? OrganizationId, string? Name, int? KindId, DateOnly? StartedOn, ProjectStatus? Status,
    DateOnly? CompletedOn, string? Outcome, decimal? Amount, int Version = 0);

/// <summary>
/// Records or corrects a project. A planned project's start may lie ahead; one under way or completed started on a date
/// that has passed, and a completed one has its completion date (and only it has one).
/// </summary>
public sealed class ProjectEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const int NameMax = 200;
    public const int OutcomeMax = 4000;
    public const decimal AmountMax = 1_000_000;

    /// <summary>
    /// The checks of every field but the organization (looked up by the caller), shared with the project ledger: the
    /// project's name and outcome trimmed.
    /// </summary>
    public static (string? Name, string? Outcome) Check(ProjectDraft d, IReadOnlyList<GuidanceKind> kinds, DateOnly today, Dictionary<string, string> errors)
    {
        var name = EntryChecks.Text(errors, nameof(d.Name), d.Name, "项目名称", NameMax);
        if (kinds.All(k => k.Id != d.KindId))
        {
            errors[nameof(d.KindId)] = "请选择项目类别";
        }

        if (d.Status is not { } status || !Enum.IsDefined(status))
        {
            errors[nameof(d.Status)] = "请选择项目状态";
        }

        Dates(d, today, errors);
        var outcome = EntryChecks.Text(errors, nameof(d.Outcome), d.Outcome, "成效", OutcomeMax, required: false);
        if (d.Amount is { } amount && (amount <= 0 || amount > AmountMax))
        {
            errors[nameof(d.Amount)] = "金额（万元）应大于0且不超过100万万元；没有可不填";
        }

        return (name, outcome);
    }

    /// <summary>Every check of the form, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(ProjectDraft d, CancellationToken ct = default) => (await CheckedAsync(d, ct)).Errors;

    public async Task<EntryResult> SaveAsync(int? id, ProjectDraft d, string userName, CancellationToken ct = default)
    {
        Project? row = null;
        if (id is { } existing && (row = await db.Projects.SingleOrDefaultAsync(p => p.Id == existing, ct)) is null)
        {
            return EntryResult.Missing;
        }

        var (errors, name, outcome) = await CheckedAsync(d, ct);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        if (row is null)
        {
            row = new Project { Name = name!, EnteredAtUtc = clock.UtcNow(), EnteredBy = userName };
            db.Projects.Add(row);
        }
        else
        {
            db.Entry(row).Property(p => p.Version).OriginalValue = d.Version;
        }

        (row.OrganizationId, row.Name, row.KindId, row.StartedOn, row.Status, row.CompletedOn, row.Outcome, row.Amount) =
            (d.OrganizationId!.Value, name!, d.KindId!.Value, d.StartedOn!.Value, d.Status!.Value, d.CompletedOn, outcome, d.Amount);
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

    private async Task<(Dictionary<string, string> Errors, string? Name, string? Outcome)> CheckedAsync(ProjectDraft d, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (d.OrganizationId is not { } orgId || !await db.Organizations.AnyAsync(o => o.Id == orgId && o.IsActive, ct))
        {
            errors[nameof(d.OrganizationId)] = "请选择党组织";
        }

        var (name, outcome) = Check(d, await VisibleKinds.LoadAsync(db, GuidanceFamily.Project, ct), clock.Today(), errors);
        return (errors, name, outcome);
    }

    private static void Dates(ProjectDraft d, DateOnly today, Dictionary<string, string> errors)
    {
        if (d.Status == ProjectStatus.Planned)
        {
            EntryChecks.EndDate(errors, nameof(d.StartedOn), d.StartedOn, null, "开工日期", "");
            if (d.StartedOn is null)
            {
                errors[nameof(d.StartedOn)] = "请填写开工日期（计划项目填计划开工日期）";
            }
        }
        else
        {
            EntryChecks.FactDate(errors, nameof(d.StartedOn), d.StartedOn, "开工日期", today);
        }

        if (d.Status == ProjectStatus.Completed)
        {
            EntryChecks.FactDate(errors, nameof(d.CompletedOn), d.CompletedOn, "完成日期", today);
            EntryChecks.EndDate(errors, nameof(d.CompletedOn), errors.ContainsKey(nameof(d.CompletedOn)) ? null : d.CompletedOn, d.StartedOn, "完成日期", "开工日期");
        }
        else if (d.CompletedOn is not null)
        {
            errors[nameof(d.CompletedOn)] = "只有状态为“完成”的项目填写完成日期";
        }
    }
}
