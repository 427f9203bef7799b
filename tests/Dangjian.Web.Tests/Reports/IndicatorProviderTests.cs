using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Demo;
using Dangjian.Core.Indicators;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>Every built-in indicator runs on this provider, and the cadre figures agree with the election statistics service.</summary>
public sealed class IndicatorProviderTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_builtin_indicator_and_its_records_compute_on_this_database()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var service = new IndicatorService(db, IndicatorCatalog.Builtin, today);
        var withData = 0;
        foreach (var d in IndicatorCatalog.Builtin.All)
        {
            var value = await service.ComputeAsync(d.Id, township, today.Year);
            var records = await service.RecordsAsync(d.Id, township, today.Year);
            if (value.HasData)
            {
                withData++;
                records.ShouldNotBeEmpty(d.Id);
            }
        }

        withData.ShouldBeGreaterThan(15);
    }

    [Fact]
    public async Task The_secretaries_of_the_latest_term_match_the_election_statistics()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var latest = (await new ElectionStatistics(db).SecretariesAsync(township.Id)).Last();
        var year = latest.Term.ElectedOn.Year;
        var service = new IndicatorService(db, IndicatorCatalog.Builtin, new DateOnly(year, 12, 31));
        var age = await service.ComputeAsync("cadres.secretaries.age", township, year);
        age.Figure.ShouldBe(latest.Current.AverageAge);
        age.Previous.ShouldBe(latest.Previous?.AverageAge);
        var school = await service.ComputeAsync("cadres.secretaries.highschool", township, year);
        school.Figure.ShouldBe(latest.Current.HighSchoolShare);
        school.Change.ShouldBe(latest.Rows[2].Absolute);
        (await service.RecordsAsync("cadres.secretaries.elected", township, year)).Count.ShouldBe(latest.Current.Count);
    }
}
