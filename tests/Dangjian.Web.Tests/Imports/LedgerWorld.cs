using Dangjian.Core.Demo;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>Organizations of the demo county the ledger tests import into.</summary>
public static class LedgerWorld
{
    /// <summary>A village branch of the clerk's township with a name no other organization shares.</summary>
    public static async Task<Organization> VillageAsync(AppFactory app, int index)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var names = await db.Organizations.GroupBy(o => o.Name).Where(g => g.Count() == 1).Select(g => g.Key).ToListAsync();
        var villages = await db.Organizations.Where(o => o.ParentId == township.Id && o.Level == OrgLevel.Branch && o.IsActive && o.Sector == OrgSector.Village)
            .OrderBy(o => o.SortOrder).ToListAsync();
        return villages.Where(b => names.Contains(b.Name)).ElementAt(index);
    }

    public static async Task<Organization> TownshipAsync(AppFactory app)
    {
        await using var db = app.NewDbContext();
        return await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
    }

    /// <summary>The township's figures of these indicators for the year, as the report computes them today.</summary>
    public static async Task<decimal[]> FiguresAsync(AppFactory app, int townshipId, int year, DateOnly today, params string[] indicators)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == townshipId);
        var service = new IndicatorService(db, IndicatorCatalog.Builtin, today);
        var figures = new decimal[indicators.Length];
        for (var i = 0; i < indicators.Length; i++)
        {
            figures[i] = (await service.ComputeAsync(indicators[i], township, year)).Figure?.Value ?? 0;
        }

        return figures;
    }
}
