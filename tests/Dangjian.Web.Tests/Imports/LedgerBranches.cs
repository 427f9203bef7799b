using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The clerk's township and village branches below it whose names no other organization shares (so a sheet can name them).</summary>
public static class LedgerBranches
{
    public static async Task<(Organization Township, List<Organization> Branches)> OfClerkAsync(AppFactory app)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == "青石镇党委");
        var names = await db.Organizations.GroupBy(o => o.Name).Where(g => g.Count() == 1).Select(g => g.Key).ToListAsync();
        var branches = await db.Organizations.AsNoTracking()
            .Where(o => o.ParentId == township.Id && o.Level == OrgLevel.Branch && o.IsActive && o.Sector == OrgSector.Village)
            .OrderBy(o => o.SortOrder).ToListAsync();
        return (township, [.. branches.Where(b => names.Contains(b.Name))]);
    }

    /// <summary>A village branch of another township: outside the clerk's reach.</summary>
    public static async Task<Organization> ElsewhereAsync(AppFactory app, Organization township)
    {
        await using var db = app.NewDbContext();
        var names = await db.Organizations.GroupBy(o => o.Name).Where(g => g.Count() == 1).Select(g => g.Key).ToListAsync();
        var others = await db.Organizations.AsNoTracking()
            .Where(o => o.Level == OrgLevel.Branch && o.IsActive && o.ParentId != township.Id && !o.Path.StartsWith(township.Path))
            .OrderBy(o => o.Id).ToListAsync();
        return others.First(o => names.Contains(o.Name));
    }
}
