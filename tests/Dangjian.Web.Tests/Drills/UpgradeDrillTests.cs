using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Web.Tests.Data;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Drills;

/// <summary>
/// Upgrade drill: a database as each earlier schema version left it (scripts 1..N only, with a row in it) is migrated
/// by the normal start-up migrator to the latest version and then matches the model column for column, on the
/// provider of this run.
/// </summary>
public sealed class UpgradeDrillTests
{
    private static DatabaseProvider Provider => TestDatabase.RequestedProvider == "PostgreSQL" ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    public static TheoryData<int> EarlierVersions()
    {
        var versions = SchemaMigrator.ScriptsFor(DatabaseProvider.Sqlite).Select(s => s.Version).ToList();
        return [.. versions.Where(v => v < versions.Max())];
    }

    private static AppDbContext Open(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSetup(Provider, database.ConnectionString).Configure(options);
        return new AppDbContext(options.Options);
    }

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public async Task A_database_of_an_earlier_version_migrates_to_the_latest_and_matches_the_model(int version)
    {
        await using var database = await TestDatabase.CreateAsync();
        var all = SchemaMigrator.ScriptsFor(Provider).Select(s => s.Version).ToList();
        await using (var old = Open(database))
        {
            (await SchemaMigrator.MigrateAsync(old, version)).ShouldBe(all.Where(v => v <= version));
            await old.Database.ExecuteSqlAsync(
                $"INSERT INTO organizations (path, depth, sort_order, name, short_name, level, sector, is_active, version) VALUES ('/1/', 0, 0, '青石镇党委', '青石镇', 'TownshipCommittee', 'Regional', {true}, 1)");
        }

        await using var db = Open(database);
        (await SchemaMigrator.MigrateAsync(db)).ShouldBe(all.Where(v => v > version));

        (await SchemaMatchesModelTests.ColumnProblemsAsync(db)).ShouldBeEmpty();
        (await db.Organizations.SingleAsync()).Name.ShouldBe("青石镇党委");
        (await db.Database.SqlQueryRaw<int>("SELECT version AS \"Value\" FROM schema_versions").ToListAsync()).Order().ShouldBe(all);
    }
}
