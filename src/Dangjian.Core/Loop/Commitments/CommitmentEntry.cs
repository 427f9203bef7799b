using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Loop.Service;

namespace Dangjian.Core.Loop.Commitments;

public sealed record CommitmentDraft(int? OrganizationId, string? SecretaryName, string Content, DateOnly? DueOn);

/// <summary>Records a public commitment (承诺事项) and, later, its progress and fulfilment (兑现).</summary>
public sealed class CommitmentEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    /// <summary>The form field of the fulfilment date on the commitments list.</summary>
    public const string FulfilledOnField = "fulfilledOn";

    /// <summary>The check that needs the database, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(int ownOrganizationId, CommitmentDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        await LoopEntries.CheckBelowAsync(db, errors, nameof(d.OrganizationId), ownOrganizationId, d.OrganizationId, includeOwn: true, "请选择本级或本级以下的党组织", ct);
        LoopEntries.Required(errors, nameof(d.DueOn), d.DueOn, "请填写承诺完成时限");
        return errors;
    }

    public async Task<EntryResult> AddAsync(int ownOrganizationId, CommitmentDraft d, CancellationToken ct = default)
    {
        if (await CheckAsync(ownOrganizationId, d, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var dueOn = d.DueOn!.Value;
        var row = new Commitment
        {
            OrganizationId = d.OrganizationId!.Value, Year = dueOn.Year, SecretaryName = LoopEntries.Trimmed(d.SecretaryName), Content = d.Content.Trim(), DueOn = dueOn,
        };
        db.Commitments.Add(row);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }

    /// <param name="fulfilledOn">兑现日期: today when empty; a past day when a past year's fulfilment is entered afterwards.</param>
    public async Task<EntryResult> ReportAsync(int commitmentId, string? progress, bool fulfilled, DateOnly? fulfilledOn, CancellationToken ct = default)
    {
        if (await db.Commitments.SingleOrDefaultAsync(c => c.Id == commitmentId, ct) is not { } row)
        {
            return EntryResult.Missing;
        }

        var today = clock.Today();
        var on = fulfilledOn ?? today;
        if (fulfilled && (FactDates.Problem("兑现日期", on, today) ?? StartProblem(row, on)) is { } wrong)
        {
            return EntryResult.Refused(FulfilledOnField, wrong);
        }

        row.Progress = LoopEntries.Trimmed(progress) is { Length: <= 4000 } p ? p : row.Progress;
        row.FulfilledOn = fulfilled ? row.FulfilledOn ?? on : null;
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }

    /// <summary>A commitment of a year is kept no earlier than that year began (it was made for the year).</summary>
    private static string? StartProblem(Commitment row, DateOnly on) =>
        on.Year < row.Year ? $"兑现日期不能早于承诺年度（{row.Year}年）。" : null;
}
