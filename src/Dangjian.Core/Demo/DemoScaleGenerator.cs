using System.Diagnostics;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members.Import;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Demo;

/// <summary>What a generator run wrote.</summary>
public sealed record DemoScaleResult(int Counties, int Organizations, int Members, long AttendanceRows, TimeSpan Elapsed);

/// <summary>
/// Fills an empty database with generated counties (<see cref="DemoScaleShape"/>) through the product's own entities,
/// so every page and report reads them: per county the tree, members (bulk insert), themes, meetings and attendance
/// for the shape's years, and in its detailed township everything else the demo township has (cadres, development,
/// the responsibility loop, work records, reviews, statistics, honours). Deterministic for a seed and a reference date.
/// Runs on an unscoped context without the audit interceptor: the caller writes one audit entry for the run (ADR 0020).
/// </summary>
public sealed class DemoScaleGenerator(AppDbContext db, TimeProvider clock)
{
    public const string SqliteRefused = "省级样本（province）只在 PostgreSQL 上生成：SQLite 单文件承载不了约 3000 万条参会记录。请改用 PostgreSQL 连接串，或选择 county / counties10。";

    /// <summary>Progress lines (one per county) for the command line.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>The run's one audit entry, written as the system (ADR 0020).</summary>
    public Task RecordAsync(AuditWriter audit, string size, string details, CancellationToken ct = default) =>
        audit.AppendAsync(db, SystemAuditContext.Instance, new AuditRecord(AuditAction.Import, "DemoScale", size, Details: details), ct);

    public async Task<DemoScaleResult> GenerateAsync(DemoScaleShape shape, int seed = DemoSeeder.DefaultSeed, DateOnly? today = null, CancellationToken ct = default)
    {
        if (shape.PostgreSqlOnly && db.Database.IsSqlite())
        {
            throw new InvalidOperationException(SqliteRefused);
        }

        var started = clock.GetTimestamp();
        var day = today ?? clock.Today();
        var plan = new DemoScalePlanner(seed).Plan(shape);
        var members = new DemoMembers(new Random(seed + 1), day, new DemoRegistry(new Random(seed + 2), null));
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await DemoTree.WriteAsync(db, plan, ct);
            await YearPartitions.CreateAsync(db, YearPartitions.MeetingTables, day.Year - shape.Years, day.Year, ct);
            await tx.CommitAsync(ct);
        }

        var result = new DemoScaleResult(plan.Count, DemoSeeder.Flatten(plan).Count(), 0, 0, TimeSpan.Zero);
        for (var i = 0; i < plan.Count; i++)
        {
            // Each county its own random streams, so a county's records do not depend on the ones generated before it.
            var countySeed = seed + (1000 * (i + 1));
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var written = await WriteMembersAsync(plan[i], members, ct);
            var rows = await WriteCountyAsync(plan[i], countySeed, day, shape.Years * 12, ct);
            await tx.CommitAsync(ct);
            DetachAllButOrganizations(db);
            result = result with { Members = result.Members + written, AttendanceRows = result.AttendanceRows + rows };
            Progress?.Invoke($"{plan[i].Organization.Name}: {written} 名党员, {rows} 条参会记录, 累计 {clock.GetElapsedTime(started):hh\\:mm\\:ss}");
        }

        await DatabaseStatistics.RefreshAsync(db, afterBulkWrite: true, ct);
        // Counted again at the end: development cases add members, the detailed townships' own lectures add meetings.
        return result with
        {
            Members = await db.Members.CountAsync(ct),
            AttendanceRows = await db.MeetingAttendances.LongCountAsync(ct),
            Elapsed = clock.GetElapsedTime(started),
        };
    }

    private async Task<long> WriteCountyAsync(OrgPlan county, int seed, DateOnly day, int months, CancellationToken ct)
    {
        var roots = new[] { county };
        await new DemoCadres(db, new Random(seed + 3), day).WriteAsync(roots, ct);
        var rows = await new DemoScaleOrgLife(db, new Random(seed + 4), day, months).WriteAsync(county, ct);
        await new DemoDevelopmentWriter(db, new Random(seed + 6), day).WriteAsync(roots, ct);
        await new DemoLoop(db, new Random(seed + 5), day).WriteAsync(county, ct);
        await new DemoReportRecords(db, new Random(seed + 7), day).WriteAsync(county, ct);
        await new DemoReview(db, new Random(seed + 8), day).WriteAsync(county, ct);
        await new DemoLongTail(db, day).WriteAsync(county, ct);
        return rows;
    }

    private async Task<int> WriteMembersAsync(OrgPlan county, DemoMembers generator, CancellationToken ct)
    {
        var written = 0;
        await using var insert = new MemberBulkInsert(db);
        foreach (var township in county.Children)
        {
            var batch = township.Children.Where(b => b.MemberCount > 0).SelectMany(b => generator.For(b.Organization, b.MemberCount)).ToList();
            await insert.InsertManyAsync(batch, ct);
            written += batch.Count;
        }

        return written;
    }

    /// <summary>Keeps the change tracker small between batches; the planned organizations stay tracked because later writers point at them.</summary>
    internal static void DetachAllButOrganizations(AppDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not Organization).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
