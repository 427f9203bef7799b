using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;

namespace Dangjian.Core.Loop.Accountability;

public sealed record AccountabilityCaseDraft(DateOnly DecidedOn, string PersonName, string Measure, string Reason);

/// <summary>Records an accountability decision (问责) of the user's own organization.</summary>
public sealed class AccountabilityCaseEntry(AppDbContext db) : IOperation
{
    public async Task<EntryResult> AddAsync(int organizationId, AccountabilityCaseDraft d, CancellationToken ct = default)
    {
        var row = new AccountabilityCase
        {
            OrganizationId = organizationId, DecidedOn = d.DecidedOn, PersonName = d.PersonName.Trim(), Measure = d.Measure.Trim(), Reason = d.Reason.Trim(),
        };
        db.AccountabilityCases.Add(row);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }
}
