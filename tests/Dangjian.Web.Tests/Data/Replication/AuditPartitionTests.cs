using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Data.Replication;

/// <summary>PostgreSQL: the audit log partitioned by Beijing year (script 0030), partitions created ahead on start (ADR 0019).</summary>
public sealed class AuditPartitionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Rows_of_two_years_land_in_two_partitions_a_far_year_in_the_default_and_the_chain_still_verifies()
    {
        Assert.SkipUnless(app.Database.IsPostgres, "declarative partitioning is PostgreSQL only");
        var year = app.Clock.Today().Year;
        await using var db = app.NewDbContext();
        var partitions = await PartitionNames.OfAsync(db, "audit_entries");
        partitions.ShouldContain("audit_entries_default");
        partitions.ShouldContain($"audit_entries_y{year}");
        partitions.ShouldContain($"audit_entries_y{year + 2}", "this year and the next two are created ahead on start");
        partitions.ShouldNotContain($"audit_entries_y{year + 3}");

        var key = app.Services.GetRequiredService<IAuditKey>();
        // mid-June of each year, and a year ten years ahead without a partition of its own
        var placed = new Dictionary<string, int>
        {
            [$"audit_entries_y{year}"] = year,
            [$"audit_entries_y{year + 1}"] = year + 1,
            ["audit_entries_default"] = year + 10,
        };
        foreach (var (partition, y) in placed)
        {
            var clock = new TestClock();
            clock.Advance(new DateTimeOffset(y, 6, 15, 0, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
            await new AuditWriter(key, clock).AppendAsync(db, SystemAuditContext.Instance,
                new AuditRecord(AuditAction.Export, "PartitionProbe", partition, AuditResult.Success));
        }

        var landed = await db.Database.SqlQueryRaw<Landing>(
            "SELECT target_id AS \"Wanted\", tableoid::regclass::text AS \"Partition\" FROM audit_entries WHERE target_type = 'PartitionProbe'").ToListAsync();
        landed.Count.ShouldBe(3);
        landed.ShouldAllBe(l => l.Wanted == l.Partition, string.Join(", ", landed));

        (await db.AuditEntries.CountAsync(e => e.TargetType == "PartitionProbe")).ShouldBe(3, "the product reads the partitioned table as one");
        var verification = await new AuditVerifier(key).VerifyAsync(db);
        verification.Ok.ShouldBeTrue(verification.Describe());
        verification.Count.ShouldBe(await db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM audit_entries").SingleAsync());
    }

    private sealed record Landing(string Wanted, string Partition);
}
