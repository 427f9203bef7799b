using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Data;

/// <summary>
/// The subtree range (path &gt;= p AND path &lt; p || '~') selects exactly the paths a prefix match selects, on both
/// providers, in queries and in the organization-scope query filter (PostgreSQL's path column is COLLATE "C": byte order whatever the cluster's locale), and the planner's
/// statistics can be refreshed on both.
/// </summary>
public sealed class SubtreeRangeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_range_holds_the_subtree_and_nothing_beside_it()
    {
        await using var db = app.NewDbContext();
        foreach (var path in new[] { "/880000/", "/880000/5/", "/880000/5/23/", "/880000/52/", "/8800001/", "/88000/", "/880001/" })
        {
            db.Organizations.Add(new Organization { Name = "范围测试" + path, Path = path, Depth = path.Count(c => c == '/') - 2, Level = OrgLevel.Branch });
        }

        await db.SaveChangesAsync();

        var under = await db.Organizations.Under(o => o.Path, "/880000/5/").OrderBy(o => o.Path).Select(o => o.Path).ToListAsync();
        var county = await db.Organizations.Under(o => o.Path, "/880000/").OrderBy(o => o.Path).Select(o => o.Path).ToListAsync();

        under.ShouldBe(["/880000/5/", "/880000/5/23/"]);
        county.ShouldBe(["/880000/", "/880000/5/", "/880000/5/23/", "/880000/52/"]);
    }

    [Fact]
    public async Task A_scoped_context_sees_its_roots_subtrees_and_nothing_beside_them()
    {
        var paths = new[] { "/890000/", "/890000/5/", "/890000/5/23/", "/890000/52/", "/8900001/", "/89000/", "/890000/7/", "/890000/7/1/", "/890000/70/" };
        await using (var db = app.NewDbContext())
        {
            foreach (var path in paths)
            {
                db.Organizations.Add(new Organization { Name = "范围测试" + path, Path = path, Depth = path.Count(c => c == '/') - 2, Level = OrgLevel.Branch });
            }

            await db.SaveChangesAsync();
        }

        using var services = app.Services.CreateScope();
        var options = services.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>();
        await using var scoped = new AppDbContext(options, new FixedOrgScope(["/890000/5/", "/890000/7/"]));
        var seen = await scoped.Organizations.Where(o => o.Path.StartsWith("/89")).OrderBy(o => o.Path).Select(o => o.Path).ToListAsync();
        await using var nothing = new AppDbContext(options, new FixedOrgScope([]));

        seen.ShouldBe(["/890000/5/", "/890000/5/23/", "/890000/7/", "/890000/7/1/"]);
        (await nothing.Organizations.AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_townships_scope_sees_exactly_the_members_a_prefix_match_selects()
    {
        using var services = app.Services.CreateScope();
        var options = services.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>();
        await using var db = app.NewDbContext();
        foreach (var path in await db.Organizations.Where(o => o.Level == OrgLevel.TownshipCommittee).Select(o => o.Path).ToListAsync())
        {
            await using var scoped = new AppDbContext(options, new FixedOrgScope([path]));
            var seen = await scoped.Members.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
            var byPrefix = await db.Members.Where(m => m.Organization!.Path.StartsWith(path)).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
            seen.ShouldNotBeEmpty();
            seen.ShouldBe(byPrefix);
        }
    }

    [Fact]
    public async Task Every_township_of_the_demo_county_selects_what_a_prefix_match_selects()
    {
        await using var db = app.NewDbContext();
        var paths = await db.Organizations.Where(o => o.Level == OrgLevel.TownshipCommittee).Select(o => o.Path).ToListAsync();

        paths.ShouldNotBeEmpty();
        foreach (var path in paths)
        {
            var byRange = await db.Members.Under(m => m.Organization!.Path, path).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
            var byPrefix = await db.Members.Where(m => m.Organization!.Path.StartsWith(path)).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
            byRange.ShouldNotBeEmpty();
            byRange.ShouldBe(byPrefix);
        }
    }

    [Fact]
    public async Task Statistics_refresh_at_start_up_and_after_bulk_writes()
    {
        await using var db = app.NewDbContext();

        await DatabaseStatistics.RefreshAsync(db, afterBulkWrite: true);
        await DatabaseStatistics.RefreshAsync(db, afterBulkWrite: false);

        var analyzed = db.Database.IsNpgsql()
            ? await db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'meeting_attendances' AND (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL)").SingleAsync()
            : await db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'meeting_attendances'").SingleAsync();
        analyzed.ShouldBeGreaterThan(0);
    }
}
