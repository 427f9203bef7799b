using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres;

public sealed record SourceCount(ReserveSource Source, int Count);

public sealed record ReviewYear(int Year, int Reviewed, int Problems, int Removed);

/// <summary>Counts of the duty reports about cadres, per township, aggregated in SQL.</summary>
public sealed class CadreCounts(AppDbContext db) : IOperation
{
    /// <summary>Reserve cadres of the township's villages by source; with a year, only those added in it.</summary>
    public async Task<IReadOnlyList<SourceCount>> ReservesBySourceAsync(string townshipPath, int? addedIn = null, CancellationToken ct = default)
    {
        var query = db.ReserveCadres.Where(r => r.Organization!.Path.StartsWith(townshipPath));
        if (addedIn is { } year)
        {
            query = query.Where(r => r.AddedOn >= new DateOnly(year, 1, 1) && r.AddedOn <= new DateOnly(year, 12, 31));
        }

        var rows = await query.GroupBy(r => r.Source).Select(g => new SourceCount(g.Key, g.Count())).ToListAsync(ct);
        return rows.OrderBy(r => r.Source).ToList();
    }

    /// <summary>Qualification reviews per year of review: people reviewed, 问题成员 found, and of those cleared out.</summary>
    public async Task<IReadOnlyList<ReviewYear>> ReviewsByYearAsync(int townshipId, CancellationToken ct = default)
    {
        var rows = await db.QualificationReviews.Where(r => r.Term!.OrganizationId == townshipId)
            .GroupBy(r => r.ReviewedOn.Year)
            .Select(g => new ReviewYear(g.Key, g.Count(), g.Count(r => r.Result == ReviewResult.Problem), g.Count(r => r.RemovedOn != null)))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Year).ToList();
    }
}
