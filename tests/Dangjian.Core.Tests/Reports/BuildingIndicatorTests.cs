using Dangjian.Core.Building;
using Dangjian.Core.Indicators;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>Development and organization-building indicators: activists, weak organizations, standardization, titles, income buckets.</summary>
public sealed class BuildingIndicatorTests
{
    private const int Year = 2025;

    private static async Task<string?> TextAsync(ReportWorld world, string id) =>
        (await world.Indicators(Year).ComputeAsync(id, world.Township, Year)).Figure?.Text;

    [Fact]
    public async Task Activists_and_targets_are_the_cases_reaching_the_stage_in_the_year()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 3);
        world.Activists(Year, 6, targets: 2);
        world.Activists(Year - 1, 3);
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "development.activists")).ShouldBe("6名");
        (await TextAsync(world, "development.targets")).ShouldBe("2名");
        var records = await world.Indicators(Year).RecordsAsync("development.activists", world.Township, Year);
        records.Count.ShouldBe(6);
        records.ShouldAllBe(r => r.Type == "development-case" && r.Label.Contains("入党积极分子"));
    }

    [Fact]
    public async Task Weak_organizations_identified_converted_and_still_open()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 5);
        var v = world.Villages;
        world.Weak(v[0], Year, convertedOn: new(Year, 10, 1));
        world.Weak(v[1], Year);
        world.Weak(v[2], Year - 1, convertedOn: new(Year, 3, 1));
        world.Weak(v[3], Year - 1);
        world.Weak(v[4], Year, convertedOn: new(Year + 1, 2, 1)); // converted only after the year
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "weak.identified")).ShouldBe("3个");
        (await TextAsync(world, "weak.converted")).ShouldBe("2个");
        (await TextAsync(world, "weak.unconverted")).ShouldBe("3个");
    }

    [Fact]
    public async Task Standardization_checks_acceptance_venues_and_titles_of_the_year()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 5);
        var v = world.Villages;
        world.Check(v[0], Year, venueMeetsStandard: false);
        world.Check(v[1], Year, venueMeetsStandard: false, accepted: false);
        world.Check(v[2], Year, venueMeetsStandard: true, accepted: true);
        world.Check(v[3], Year, venueMeetsStandard: true, accepted: true);
        world.Check(v[4], Year, venueMeetsStandard: true);
        world.Check(v[4], Year - 1, venueMeetsStandard: false);
        world.Title(v[0], Year, TitleLevel.District, "区级示范党支部");
        world.Title(v[1], Year, TitleLevel.District, "区级示范党支部");
        world.Title(v[2], Year, TitleLevel.City, "市级样板党支部");
        world.Title(v[3], Year - 1, TitleLevel.City, "市级样板党支部");
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "standardization.checked")).ShouldBe("5个");
        (await TextAsync(world, "standardization.accepted")).ShouldBe("2个");
        (await TextAsync(world, "standardization.venue-below")).ShouldBe("2个");
        (await TextAsync(world, "titles.district")).ShouldBe("2个");
        (await TextAsync(world, "titles.city")).ShouldBe("1个");
        (await TextAsync(world, "titles.county")).ShouldBeNull("no county title: no data, not 0");
    }

    [Fact]
    public async Task Income_buckets_count_each_village_in_the_highest_bucket_it_reaches_like_the_income_page()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 8);
        double[] incomes = [16, 15, 14.99, 10, 9.5, 5, 4.9, 0];
        for (var i = 0; i < incomes.Length; i++)
        {
            world.Income(world.Villages[i], Year, incomes[i]);
            world.Income(world.Villages[i], Year - 1, 30);
        }

        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "income.bucket-15")).ShouldBe("2个");
        (await TextAsync(world, "income.bucket-10")).ShouldBe("2个");
        (await TextAsync(world, "income.bucket-5")).ShouldBe("2个");
        (await TextAsync(world, "income.under-5")).ShouldBe("2个");
        var page = await new IncomeBuckets(world.Db).CountAsync(world.Township.Path, Year, [15, 10, 5], cumulative: false);
        page.Select(b => b.Villages).ShouldBe([2, 2, 2]);
        var records = await world.Indicators(Year).RecordsAsync("income.bucket-10", world.Township, Year);
        records.Select(r => r.Label).ShouldBe(["第3村党支部 2025年村集体经济收入14.99万元", "第4村党支部 2025年村集体经济收入10万元"]);
    }
}
