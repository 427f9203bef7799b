using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Loop.Service;

namespace Dangjian.Core.Loop.Commitments;

public sealed record CommitmentDraft(int OrganizationId, string? SecretaryName, string Content, DateOnly DueOn);

/// <summary>Records a public commitment (承诺事项) and, later, its progress and fulfilment (兑现).</summary>
public sealed class CommitmentEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    /// <summary>The form field of the fulfilment date on the commitments list.</summary>
    public const string FulfilledOnField = "fulfilledOn";

    public async Task<EntryResult> AddAsync(int ownOrganizationId, CommitmentDraft d, CancellationToken ct = default)
    {
        if (!await LoopEntries.AllBelowAsync(db, ownOrganizationId, [d.OrganizationId], includeOwn: true, ct))
        {
            return EntryResult.Refused(nameof(d.OrganizationId), "请选择本级或本级以下的党组织");
        }

        var row = new Commitment
        {
            OrganizationId = d.OrganizationId, Year = d.DueOn.Year, SecretaryName = LoopEntries.Trimmed(d.SecretaryName), Content = d.Content.Trim(), DueOn = d.DueOn,
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
