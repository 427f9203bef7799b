using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Tests.Cadres;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Members;

/// <summary>Sort keys written with the former GB2312 table are recomputed: schema script 0013 empties them, start-up refills them.</summary>
public sealed class PinyinRecomputeTests
{
    [Fact]
    public async Task Script_0013_and_the_backfill_recompute_sort_keys_of_existing_members()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var branch = await CadreDatabase.AddOrganizationAsync(db, "测试支部", OrgLevel.Branch);
        var member = new Member { Name = "张堃", OrganizationId = branch.Id, BirthDate = new(1980, 1, 1), JoinedOn = new(2005, 7, 1) };
        db.Members.Add(member);
        await db.SaveChangesAsync();
        // what the GB2312 table stored: 堃 had no reading
        await db.Database.ExecuteSqlRawAsync("UPDATE members SET name_pinyin = 'zhang', name_initials = 'z'", TestContext.Current.CancellationToken);

        var script = SchemaMigrator.ScriptsFor(DatabaseProvider.Sqlite).Single(s => s.Version == 13);
        await db.Database.ExecuteSqlRawAsync(script.Sql, TestContext.Current.CancellationToken);
        db.ChangeTracker.Clear();
        (await MemberPinyinBackfill.RunAsync(db, TestContext.Current.CancellationToken)).ShouldBe(1);

        db.ChangeTracker.Clear();
        var stored = await db.Members.SingleAsync(m => m.Id == member.Id, TestContext.Current.CancellationToken);
        (stored.NamePinyin, stored.NameInitials).ShouldBe(("zhang kun", "zk"));
    }
}
