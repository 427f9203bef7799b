using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Building;

/// <summary>Records a satisfaction survey result (群众满意度, in %) of an organization in scope for a year.</summary>
public sealed class SatisfactionEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public async Task<EntryResult> AddAsync(int organizationId, int year, double? percent, DateOnly? surveyedOn, CancellationToken ct = default)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, ct))
        {
            return EntryResult.Missing;
        }

        if (percent is not ({ } p and >= 0 and <= 100))
        {
            return EntryResult.Refused(nameof(percent), "满意度应为0到100之间的百分数。");
        }

        var row = new SatisfactionRecord { OrganizationId = organizationId, Year = year, Percent = p, SurveyedOn = surveyedOn ?? clock.Today() };
        db.SatisfactionRecords.Add(row);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }
}
