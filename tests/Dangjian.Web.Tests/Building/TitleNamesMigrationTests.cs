using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Building.Honours;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Building;

/// <summary>
/// Script 0029 moves typed demonstration titles into the county's list of title names: each distinct text becomes a title
/// name (unit 个) of the county above the title's organization — the tree's root where there is none — and every title keeps
/// its id, organization, level and year; honour names get their unit (个 collective, 名 individual). On this run's provider.
/// </summary>
public sealed class TitleNamesMigrationTests
{
    private static DatabaseProvider Provider => TestDatabase.RequestedProvider == "PostgreSQL" ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    private static AppDbContext Open(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSetup(Provider, database.ConnectionString).Configure(options);
        return new AppDbContext(options.Options);
    }

    [Fact]
    public async Task Typed_titles_become_the_county_list_and_keep_their_ids()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var old = Open(database))
        {
            await SchemaMigrator.MigrateAsync(old, 28);
            foreach (var (id, parent, path, name, level) in new (int, int?, string, string, string)[]
            {
                (1, null, "/1/", "某县委", "CountyCommittee"), (2, 1, "/1/2/", "甲镇党委", "TownshipCommittee"), (3, 2, "/1/2/3/", "甲村党支部", "Branch"),
                (4, 2, "/1/2/4/", "乙村党支部", "Branch"), (5, null, "/5/", "独立镇党委", "TownshipCommittee"), (6, 5, "/5/6/", "丙村党支部", "Branch"),
            })
            {
                await old.Database.ExecuteSqlAsync(
                    $"INSERT INTO organizations (id, parent_id, path, depth, sort_order, name, level, sector, is_active, version) VALUES ({id}, {parent}, {path}, 0, 0, {name}, {level}, 'Village', {true}, 1)");
            }

            await old.Database.ExecuteSqlAsync($"INSERT INTO honour_names (organization_id, name, target, retired, sort_order, version) VALUES (1, '先进基层党组织', 'Organization', {false}, 1, 0)");
            await old.Database.ExecuteSqlAsync($"INSERT INTO honour_names (organization_id, name, target, retired, sort_order, version) VALUES (1, '优秀共产党员', 'Individual', {false}, 2, 0)");
            foreach (var (id, org, level, year, title) in new[]
            {
                (11, 3, "County", 2024, "示范党支部"), (12, 4, "County", 2025, " 示范党支部"), (13, 4, "City", 2025, "先进基层党组织"), (14, 6, "District", 2025, "样板党支部"),
            })
            {
                await old.Database.ExecuteSqlAsync($"INSERT INTO demonstration_titles (id, organization_id, level, year, title) VALUES ({id}, {org}, {level}, {year}, {title})");
            }
        }

        await using var db = Open(database);
        await SchemaMigrator.MigrateAsync(db);

        var names = (await db.HonourNames.AsNoTracking().ToListAsync()).OrderBy(n => n.OrganizationId).ThenBy(n => n.Target).ThenBy(n => n.Name, StringComparer.Ordinal);
        names.Select(n => (n.OrganizationId, n.Target, n.Name, n.Unit)).ShouldBe(
        [
            (1, HonourTarget.Organization, "先进基层党组织", "个"), (1, HonourTarget.Individual, "优秀共产党员", "名"),
            (1, HonourTarget.Title, "先进基层党组织", "个"), (1, HonourTarget.Title, "示范党支部", "个"),
            (5, HonourTarget.Title, "样板党支部", "个"),
        ]);

        var titles = await db.DemonstrationTitles.AsNoTracking().Include(t => t.TitleName).OrderBy(t => t.Id).ToListAsync();
        titles.Select(t => (t.Id, t.OrganizationId, t.Level, t.Year, t.TitleName!.Name, t.TitleName.Target)).ShouldBe(
        [
            (11, 3, TitleLevel.County, 2024, "示范党支部", HonourTarget.Title), (12, 4, TitleLevel.County, 2025, "示范党支部", HonourTarget.Title),
            (13, 4, TitleLevel.City, 2025, "先进基层党组织", HonourTarget.Title), (14, 6, TitleLevel.District, 2025, "样板党支部", HonourTarget.Title),
        ]);
    }
}
