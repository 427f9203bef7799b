using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.OrgLife.Rules;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.OrgLife;

/// <summary>The query on a real SQLite file with the demo township: what it reports is what the records say.</summary>
public sealed class ComplianceQueryTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly string file = Path.Combine(Path.GetTempPath(), $"orglife-{Guid.NewGuid():N}.db");

    private AppDbContext Open(IOrgScope? scope = null) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={file}").Options, scope);

    public async ValueTask InitializeAsync()
    {
        await using var db = Open();
        await SchemaMigrator.MigrateAsync(db);
        await new DemoSeeder(db, null, null).SeedAsync(DemoScale.Township, today: Today);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Every_slot_and_rate_matches_the_records()
    {
        await using var db = Open();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var report = await new ComplianceQuery(db).RunAsync(township.Path, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Today);

        var meetings = await db.Meetings.AsNoTracking().ToListAsync();
        var rows = await db.MeetingAttendances.AsNoTracking().Include(a => a.Member).ToListAsync();
        report.Count.ShouldBe(await db.Organizations.CountAsync(o => o.Path.StartsWith(township.Path)));
        foreach (var org in report)
        {
            foreach (var slot in org.Slots)
            {
                var expected = meetings.Where(m => m.OrganizationId == org.Organization.Id && m.HeldOn >= slot.Start && m.HeldOn <= slot.End
                    && (m.Kind == slot.Kind || (slot.Kind == MeetingKind.DemocraticAppraisal && m.IncludesDemocraticAppraisal)));
                slot.MeetingIds.Order().ShouldBe(expected.Select(m => m.Id).Order(), $"{org.Organization.Id} {slot.Kind} {slot.Start}");
            }

            var held = meetings.Where(m => m.OrganizationId == org.Organization.Id && m.HeldOn.Year == 2026).Select(m => m.Id).ToHashSet();
            var attended = rows.Where(r => held.Contains(r.MeetingId)).ToList();
            org.Participation.Due.ShouldBe(attended.Count);
            org.Participation.Present.ShouldBe(attended.Count(r => r.Status == AttendanceStatus.Present));
            org.Participation.MobileDue.ShouldBe(attended.Count(r => r.Member!.IsMobile));
            org.Participation.NoSmartphonePresent.ShouldBe(attended.Count(r => r.Member!.NoSmartphone && r.Status == AttendanceStatus.Present));
        }
    }

    [Fact]
    public async Task The_demo_township_has_a_realistic_year()
    {
        await using var db = Open();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var report = await new ComplianceQuery(db).RunAsync(township.Path, new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30), Today);
        var slots = report.SelectMany(o => o.Slots).Where(s => s.Status != SlotStatus.NotRequired).ToList();

        slots.Count(s => s.Status is SlotStatus.Held or SlotStatus.HeldLate).ShouldBeGreaterThan(slots.Count * 8 / 10);
        slots.ShouldContain(s => s.Status == SlotStatus.Missing && s.Kind == MeetingKind.BranchCommittee);
        slots.ShouldContain(s => s.Status == SlotStatus.Missing && s.Kind == MeetingKind.MemberAssembly);
        slots.ShouldContain(s => s.Status == SlotStatus.HeldLate);
        slots.ShouldContain(s => s.Status == SlotStatus.NotDue);
        (await db.Meetings.CountAsync(m => m.EnteredByProxy)).ShouldBeGreaterThan(0);
        (await db.MonthlyThemes.CountAsync(t => t.OrganizationId == township.Id)).ShouldBe(12);

        var all = report.Select(o => o.Participation).Aggregate((a, b) => a + b);
        all.Rate!.Value.ShouldBeInRange(0.85, 0.95);
        all.MobileRate!.Value.ShouldBeLessThan(all.Rate.Value);
    }

    [Fact]
    public async Task A_branch_secretary_sees_only_their_branch()
    {
        await using var admin = Open();
        var branch = await admin.Organizations.FirstAsync(o => o.Level == Dangjian.Core.Organizations.OrgLevel.Branch);
        var county = await admin.Organizations.SingleAsync(o => o.ParentId == null);
        await using var scoped = Open(new FixedScope(branch.Path));
        var report = await new ComplianceQuery(scoped).RunAsync(county.Path, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Today);
        report.ShouldHaveSingleItem().Organization.Id.ShouldBe(branch.Id);
        (await scoped.MeetingAttendances.Select(a => a.Meeting!.OrganizationId).Distinct().ToListAsync()).ShouldBe([branch.Id]);
        ComplianceQuery.WithinScope("/1/5/", "/1/6/").ShouldBeNull();
    }

    private sealed record FixedScope(string? Path) : IOrgScope;
}
