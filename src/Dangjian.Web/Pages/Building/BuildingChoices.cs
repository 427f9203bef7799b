using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building;

public static class BuildingChoices
{
    /// <summary>Primary organizations in scope (below the township level).</summary>
    public static Task<List<Organization>> PrimaryAsync(AppDbContext db, bool villagesOnly = false) =>
        db.Organizations.AsNoTracking()
            .Where(o => o.IsActive && o.Level != OrgLevel.CountyCommittee && o.Level != OrgLevel.TownshipCommittee
                && (!villagesOnly || o.Sector == OrgSector.Village))
            .OrderBy(o => o.Path).ToListAsync();

    /// <summary>Townships in scope: the screening runs per township.</summary>
    public static Task<List<Organization>> TownshipsAsync(AppDbContext db) =>
        db.Organizations.AsNoTracking().Where(o => o.Level == OrgLevel.TownshipCommittee && o.IsActive).OrderBy(o => o.Path).ToListAsync();
}
