using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Organizations;
using Dangjian.Core.Tests.Cadres;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Loop;

public sealed class LoopDatabaseTests
{
    [Fact]
    public async Task Bulletin_numbers_count_per_issuing_organization_and_restart_each_year()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var county = await CadreDatabase.AddOrganizationAsync(db, "县委", OrgLevel.CountyCommittee);
        var a = await CadreDatabase.AddOrganizationAsync(db, "青石镇党委", OrgLevel.TownshipCommittee, county);
        var b = await CadreDatabase.AddOrganizationAsync(db, "白河镇党委", OrgLevel.TownshipCommittee, county);

        async Task<string> Issue(Organization org, int year, int month)
        {
            var bulletin = new Bulletin { OrganizationId = org.Id, Year = year, Month = month, Title = "通报", Text = "一、情况" };
            db.Bulletins.Add(bulletin);
            await db.SaveChangesAsync();
            (await BulletinIssuer.IssueAsync(db, bulletin, new DateOnly(year, month, 28))).ShouldBeNull();
            return bulletin.IssueLabel;
        }

        var draft = new Bulletin { OrganizationId = a.Id, Year = 2026, Month = 1, Title = "草稿", Text = "" };
        db.Bulletins.Add(draft);
        await db.SaveChangesAsync();
        draft.IssueLabel.ShouldBe("草稿");

        (await Issue(a, 2025, 11)).ShouldBe("2025年第1期");
        (await Issue(a, 2025, 12)).ShouldBe("2025年第2期");
        (await Issue(a, 2026, 1)).ShouldBe("2026年第1期");
        (await Issue(b, 2026, 1)).ShouldBe("2026年第1期");
        (await Issue(a, 2026, 2)).ShouldBe("2026年第2期");
        (await BulletinIssuer.IssueAsync(db, await db.Bulletins.FirstAsync(x => x.Number == 2 && x.Year == 2026 && x.OrganizationId == a.Id), new(2026, 3, 1)))
            .ShouldNotBeNull();
    }

    [Fact]
    public async Task Two_issues_racing_for_a_number_end_with_distinct_numbers()
    {
        await using var database = await CadreDatabase.CreateAsync();
        int townshipId;
        await using (var setup = database.Open())
        {
            var township = await CadreDatabase.AddOrganizationAsync(setup, "青石镇党委", OrgLevel.TownshipCommittee);
            townshipId = township.Id;
            setup.Bulletins.AddRange(
                new Bulletin { OrganizationId = townshipId, Year = 2026, Month = 4, Title = "四月", Text = "" },
                new Bulletin { OrganizationId = townshipId, Year = 2026, Month = 5, Title = "五月", Text = "" });
            await setup.SaveChangesAsync();
        }

        // Both clerks read the same next number before either saves: the unique index rejects the second save.
        await using var first = database.Open();
        await using var second = database.Open();
        var april = await first.Bulletins.SingleAsync(x => x.Month == 4);
        var may = await second.Bulletins.SingleAsync(x => x.Month == 5);
        may.Number = await BulletinIssuer.NextNumberAsync(second, townshipId, 2026);
        (await BulletinIssuer.IssueAsync(first, april, new(2026, 4, 30))).ShouldBeNull();
        await Should.ThrowAsync<DbUpdateException>(() => second.SaveChangesAsync());

        may.Number = null;
        (await BulletinIssuer.IssueAsync(second, may, new(2026, 5, 31))).ShouldBeNull();
        april.Number.ShouldBe(1);
        may.Number.ShouldBe(2);
    }

    [Fact]
    public async Task Talks_count_in_people_and_fulfilment_rate_counts_due_commitments_in_sql()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var township = await CadreDatabase.AddOrganizationAsync(db, "青石镇党委", OrgLevel.TownshipCommittee);
        db.Talks.AddRange(
            new Talk { OrganizationId = township.Id, HeldOn = new(2026, 3, 1), Talker = "镇党委书记", Targets = "张三、李四、王五", Reason = "整改超期" },
            new Talk { OrganizationId = township.Id, HeldOn = new(2026, 4, 1), Talker = "镇党委书记", Targets = "赵六", Reason = "述职排名靠后" });
        db.Commitments.AddRange(
            new Commitment { OrganizationId = township.Id, Year = 2026, Content = "a", DueOn = new(2026, 3, 31), FulfilledOn = new(2026, 3, 20) },
            new Commitment { OrganizationId = township.Id, Year = 2026, Content = "b", DueOn = new(2026, 6, 30), FulfilledOn = new(2026, 7, 10) },
            new Commitment { OrganizationId = township.Id, Year = 2026, Content = "c", DueOn = new(2026, 6, 30) },
            new Commitment { OrganizationId = township.Id, Year = 2026, Content = "d", DueOn = new(2026, 12, 31), FulfilledOn = new(2026, 5, 1) });
        await db.SaveChangesAsync();

        (await db.Talks.CountAsync()).ShouldBe(2);
        (await db.Talks.SumAsync(t => t.People)).ShouldBe(4);

        var july1 = FulfilmentRate.Of(db.Commitments, new DateOnly(2026, 7, 1));
        (july1.Due, july1.Fulfilled).ShouldBe((3, 1));
        var july31 = FulfilmentRate.Of(db.Commitments, new DateOnly(2026, 7, 31));
        (july31.Due, july31.Fulfilled).ShouldBe((3, 2));
        july31.Text.ShouldBe("66.7%");
        FulfilmentRate.Of(db.Commitments, new DateOnly(2026, 1, 1)).Text.ShouldBe("—");
    }
}
