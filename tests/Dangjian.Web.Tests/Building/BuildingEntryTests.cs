using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Building;

/// <summary>The income form (titles: <see cref="TitleNamesTests"/>): wrong input gets a Chinese message beside its field, keeps what was typed and saves nothing.</summary>
public sealed class BuildingEntryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_income_is_checked_beside_each_field_and_a_second_entry_corrects_the_year()
    {
        var (township, village) = await TownshipAndVillageAsync();
        var year = app.Clock.Today().Year - 4;
        var secretary = await Browser.LoginAsync(app, "secretary");

        var wrong = await Browser.ParseAsync(await secretary.PostFormAsync("/Building/Income", new()
        {
            ["Form.OrganizationId"] = S(township.Id), ["Form.Year"] = "1999", ["Form.AmountWan"] = "-3",
        }));
        Beside.Message(wrong, "Form.OrganizationId").ShouldBe($"{township.Name}不是村党组织，村集体经济收入只登记到村。");
        Beside.Message(wrong, "Form.Year").ShouldBe("年度不能早于2000年，请核对。");
        Beside.Message(wrong, "Form.AmountWan").ShouldContain("不小于0");
        wrong.QuerySelector("#Form_AmountWan")!.GetAttribute("value").ShouldBe("-3");

        foreach (var amount in new[] { "8.5", "12.25" })
        {
            (await secretary.PostFormAsync("/Building/Income", new() { ["Form.OrganizationId"] = S(village.Id), ["Form.Year"] = S(year), ["Form.AmountWan"] = amount }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await using var db = app.NewDbContext();
        (await db.CollectiveIncomes.Where(i => i.OrganizationId == village.Id && i.Year == year).Select(i => i.AmountWan).ToListAsync()).ShouldBe([12.25]);
        var (_, page) = await secretary.GetAsync($"/Building/Income?year={year}");
        page.QuerySelector("#incomes")!.TextContent.ShouldContain("12.25");
    }

    private async Task<(Organization Township, Organization Village)> TownshipAndVillageAsync()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var village = await db.Organizations.AsNoTracking().Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village && o.IsActive)
            .OrderBy(o => o.SortOrder).FirstAsync();
        return (township, village);
    }
}
