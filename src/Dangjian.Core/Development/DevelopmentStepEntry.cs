using Dangjian.Core.Data;
using Dangjian.Core.Members;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Development;

/// <summary>What the application form gives to open a case.</summary>
public sealed record CaseDraft(int? OrganizationId, string Name, Sex Sex, DateOnly BirthDate, Education Education, DateOnly AppliedOn);

/// <summary>
/// Opens a case with its application and records its next steps. A rule that blocks refuses the step with its message
/// (the application's beside its date, a later step's for the step form as a whole, ""); the deadlines a step missed are
/// the saved result's warnings. A case is found through the scoped set; one changed since the form was shown is refused
/// under "Version".
/// </summary>
public sealed class DevelopmentStepEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const string Stale = "该记录已被他人修改，请刷新后重试。";

    /// <summary>The organization chosen, when one is: a branch (not a county or township committee) in the user's scope.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(int? organizationId, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (organizationId is { } id && !await db.Organizations.AnyAsync(o => o.Id == id && o.IsActive
            && o.Level != OrgLevel.CountyCommittee && o.Level != OrgLevel.TownshipCommittee, ct))
        {
            errors[nameof(CaseDraft.OrganizationId)] = "请选择本人管辖范围内的党组织";
        }

        return errors;
    }

    public async Task<EntryResult> StartAsync(CaseDraft d, CancellationToken ct = default)
    {
        var errors = await CheckAsync(d.OrganizationId, ct);
        if (d.OrganizationId is null)
        {
            errors[nameof(d.OrganizationId)] = "请选择党组织";
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var c = new DevelopmentCase
        {
            OrganizationId = d.OrganizationId!.Value, Name = d.Name.Trim(), Sex = d.Sex, BirthDate = d.BirthDate, Education = d.Education, AppliedOn = d.AppliedOn,
        };
        var findings = await new CaseSteps(db).StartAsync(c, clock.Today(), ct);
        return Outcome(c, findings, nameof(d.AppliedOn));
    }

    /// <param name="version">the case's version the form was shown from.</param>
    public async Task<EntryResult> RecordAsync(int caseId, int version, StepEntry entry, string? note, CancellationToken ct = default)
    {
        if (await db.DevelopmentCases.Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == caseId, ct) is not { } c)
        {
            return EntryResult.Missing;
        }

        if (c.Version != version)
        {
            return EntryResult.Refused("Version", Stale);
        }

        try
        {
            return Outcome(c, await new CaseSteps(db).RecordAsync(c, entry, note, clock.Today(), ct), "");
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EntryResult.Refused("Version", Stale);
        }
    }

    private static EntryResult Outcome(DevelopmentCase c, IReadOnlyList<RuleFinding> findings, string blockField) =>
        findings.FirstOrDefault(f => f.Severity == Severity.Block) is { } block
            ? EntryResult.Refused(blockField, block.Message)
            : EntryResult.Saved(c.Id, [.. findings.Select(f => f.Message)]);
}
