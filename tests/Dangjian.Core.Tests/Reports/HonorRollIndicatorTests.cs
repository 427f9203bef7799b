using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Indicators;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>The red/black list (红黑榜), stored per organization and period, read by indicators: entries of each roll and 期.</summary>
public sealed class HonorRollIndicatorTests
{
    private const int Year = 2025;

    private static async Task<string?> TextAsync(ReportWorld world, string id, int year = Year) =>
        (await new IndicatorService(world.Db, IndicatorCatalog.Builtin, new DateOnly(Year + 1, 1, 10)).ComputeAsync(id, world.Township, year)).Figure?.Text;

    private static void List(ReportWorld world, int year, string period, HonorRollColour roll, params int[] villages)
    {
        foreach (var v in villages)
        {
            world.Db.HonorRollEntries.Add(new HonorRollEntry { OrganizationId = world.Villages[v].Id, Roll = roll, Year = year, Period = period, Reason = "按季度考评" });
        }
    }

    [Fact]
    public async Task Red_and_black_entries_count_per_roll_and_the_periods_published_count_in_qi()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 4);
        List(world, Year, $"{Year}年第一季度", HonorRollColour.Red, 0, 1);
        List(world, Year, $"{Year}年第一季度", HonorRollColour.Black, 3);
        List(world, Year, $"{Year}年第二季度", HonorRollColour.Red, 0, 2);
        List(world, Year, $"{Year}年第三季度", HonorRollColour.Black, 3);
        List(world, Year - 1, $"{Year - 1}年第四季度", HonorRollColour.Red, 1);
        await world.Db.SaveChangesAsync();

        (await TextAsync(world, "honor-roll.red")).ShouldBe("4个次");
        (await TextAsync(world, "honor-roll.black")).ShouldBe("2个次");
        (await TextAsync(world, "honor-roll.periods")).ShouldBe("3期");
        (await TextAsync(world, "honor-roll.periods", Year - 1)).ShouldBe("1期");
        (await TextAsync(world, "honor-roll.black", Year - 1)).ShouldBeNull("no data is not zero");
        var records = await new IndicatorService(world.Db, IndicatorCatalog.Builtin, new DateOnly(Year + 1, 1, 10)).RecordsAsync("honor-roll.black", world.Township, Year);
        records.Select(r => r.Label).ShouldBe([$"{Year}年第一季度黑榜：第4村党支部", $"{Year}年第三季度黑榜：第4村党支部"]);
    }
}
