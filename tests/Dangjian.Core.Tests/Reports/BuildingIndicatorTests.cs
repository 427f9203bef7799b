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
    public async Task Titles_filter_by_the_county_s_title_name_and_count_in_the_list_s_unit()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 4);
        var v = world.Villages;
        world.Title(v[0], Year, TitleLevel.County, "五星级党支部", unit: "家");
        world.Title(v[1], Year, TitleLevel.City, "五星级党支部", unit: "家");
        world.Title(v[2], Year, TitleLevel.County, "示范党支部");
        world.Title(v[3], Year - 1, TitleLevel.County, "五星级党支部", unit: "家");
        await world.Db.SaveChangesAsync();
        IndicatorDefinition Count(string id, string filter) => new() { Id = id, Name = id, Unit = "项", Source = "titles", Kind = IndicatorKind.Count, Filter = filter };
        var service = new IndicatorService(world.Db, IndicatorCatalog.Builtin.With(
            [Count("t.star", "name=五星级党支部"), Count("t.star-county", "level=County;name=五星级党支部"), Count("t.county", "County"), Count("t.all", ""), Count("t.none", "name=四星级党支部"), Count("t.wrong", "colour=red")]),
            new DateOnly(Year + 1, 1, 15));
        async Task<string?> Text(string id) => (await service.ComputeAsync(id, world.Township, Year)).Figure?.Text;

        (await Text("t.star")).ShouldBe("2家", "the list's unit, not the indicator's 项");
        (await Text("t.star-county")).ShouldBe("1家");
        (await Text("t.county")).ShouldBe("2项", "五星级党支部 (家) and 示范党支部 (个) together: the indicator's unit");
        (await Text("t.all")).ShouldBe("3项");
        (await Text("t.none")).ShouldBeNull();
        (await service.RecordsAsync("t.star", world.Township, Year)).Select(r => r.Label).ShouldBe([$"{v[0].Name}：{Year}年五星级党支部", $"{v[1].Name}：{Year}年五星级党支部"], ignoreOrder: true);
        (await Should.ThrowAsync<InvalidOperationException>(() => service.ComputeAsync("t.wrong", world.Township, Year))).Message.ShouldContain("示范称号的筛选条件“colour=red”无法识别");
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
