using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Core.Time;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.Talks;

namespace Dangjian.Core.Loop.HonorRoll;

public sealed record HonorRollDraft(int? OrganizationId, HonorRollColour Roll, int Year, string Period, string Reason);

/// <summary>Lists an organization below the user's own on the red or black list (红黑榜) of a year.</summary>
public sealed class HonorRollListing(AppDbContext db, TimeProvider clock) : IOperation
{
    /// <summary>The checks that need the database or today, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(int ownOrganizationId, HonorRollDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        await LoopEntries.CheckBelowAsync(db, errors, nameof(d.OrganizationId), ownOrganizationId, d.OrganizationId, includeOwn: false, "只能将本级以下的党组织列入红黑榜", ct);
        if (FactDates.YearProblem("年度", d.Year, clock.Today()) is { } wrong)
        {
            errors[nameof(d.Year)] = wrong;
        }

        return errors;
    }

    public async Task<EntryResult> AddAsync(int ownOrganizationId, HonorRollDraft d, CancellationToken ct = default)
    {
        if (await CheckAsync(ownOrganizationId, d, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var row = new HonorRollEntry { OrganizationId = d.OrganizationId!.Value, Roll = d.Roll, Year = d.Year, Period = d.Period.Trim(), Reason = d.Reason.Trim() };
        db.HonorRollEntries.Add(row);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }
}
