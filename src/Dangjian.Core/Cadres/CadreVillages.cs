using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres;

/// <summary>The villages and communities (the organizations with "two committees") the scoped context shows, and their terms.</summary>
public static class CadreVillages
{
    public static IQueryable<Organization> Of(AppDbContext db) =>
        db.Organizations.AsNoTracking()
            .Where(o => o.IsActive && (o.Sector == OrgSector.Village || o.Sector == OrgSector.Community))
            .Where(o => o.Level != OrgLevel.CountyCommittee && o.Level != OrgLevel.TownshipCommittee);

    /// <summary>Whether the village lies under the term's township (both must be visible).</summary>
    public static async Task<bool> BelongsAsync(AppDbContext db, int villageId, int termId, CancellationToken ct = default)
    {
        var term = await db.ElectionTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == termId, ct);
        var township = term is null ? null : await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == term.OrganizationId, ct);
        return township is not null && await db.Organizations.AnyAsync(o => o.Id == villageId && o.Path.StartsWith(township.Path) && o.Id != township.Id, ct);
    }

    public const string NotInTerm = "所选村（社区）不属于该届次的乡镇";
}
