using Dangjian.Core.Building;
using Dangjian.Core.Organizations;
using Dangjian.Core.Tests.Cadres;
using Shouldly;

namespace Dangjian.Core.Tests.Building;

public sealed class IncomeBucketTests
{
    [Fact]
    public async Task Buckets_are_exclusive_by_default_and_cumulative_on_request()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var county = await CadreDatabase.AddOrganizationAsync(db, "县委", OrgLevel.CountyCommittee);
        var township = await CadreDatabase.AddOrganizationAsync(db, "镇党委", OrgLevel.TownshipCommittee, county);
        var amounts = new[] { 20.0, 15.0, 14.99, 10.0, 9.0, 5.0, 4.9 };
        for (var i = 0; i < amounts.Length; i++)
        {
            var village = await CadreDatabase.AddOrganizationAsync(db, $"村{i}", OrgLevel.Branch, township);
            db.CollectiveIncomes.Add(new CollectiveIncome { OrganizationId = village.Id, Year = 2025, AmountWan = amounts[i] });
            db.CollectiveIncomes.Add(new CollectiveIncome { OrganizationId = village.Id, Year = 2024, AmountWan = 1 });
        }

        await db.SaveChangesAsync();
        var buckets = new IncomeBuckets(db);

        var exclusive = await buckets.CountAsync(township.Path, 2025, [5, 10, 15], cumulative: false);
        exclusive.Select(b => b.Villages).ShouldBe([2, 2, 2]);
        IncomeBuckets.Sentence(exclusive).ShouldBe("集体经济收入15万元以上的村达到2个，10万元以上的村达到2个，5万元以上的村达到2个");
        (await buckets.CountAsync(township.Path, 2025, [15, 10, 5], cumulative: true)).Select(b => b.Villages).ShouldBe([2, 4, 6]);
        (await buckets.CountAsync(township.Path, 2024, [15, 10, 5], cumulative: true)).Select(b => b.Villages).ShouldBe([0, 0, 0]);
    }
}
