using Dangjian.Core.Demo;
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

    /// <summary>A user whose role does not enter these records is sent to the access-denied page and is not offered the ledger.</summary>
    public static async Task ShouldBeRefusedAsync(AppFactory app, string user, string kind, string title)
    {
        var browser = await Browser.LoginAsync(app, user);
        foreach (var url in new[] { $"/Imports/Ledger?kind={kind}", $"/Imports/Ledger?kind={kind}&handler=Template", $"/Imports?handler=Export&kind={kind}&year=2025" })
        {
            var refused = await browser.Client.GetAsync(url);
            (refused.Headers.Location?.ToString() ?? "").ShouldContain("/Account/Denied", customMessage: $"{user} {url}");
        }

        ((await browser.GetAsync("/Imports")).Html.QuerySelector("#ledgers")?.TextContent ?? "").ShouldNotContain(title);
    }
}
