using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Demo;
using Dangjian.Core.Meetings;
using Dangjian.Core.Tests.Data;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.OrgLife;

/// <summary>
/// Compliance results are kept between reads while the audit chain's head stays where it was, and computed afresh as
/// soon as an audited change moves it.
/// </summary>
public sealed class ComplianceCacheTests : DemoTownshipDatabase
{
    private static readonly DateOnly From = new(2026, 1, 1), To = new(2026, 12, 31);

    [Fact]
    public async Task A_second_read_sends_only_the_head_lookup_and_an_audited_change_is_seen_at_once()
    {
        var statements = new StatementLog();
        await using var db = Open(statements);
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);

        var first = await new ComplianceQuery(db).RunAsync(township.Path, From, To, Today);
        statements.Texts.Clear();
        var second = await new ComplianceQuery(db).RunAsync(township.Path, From, To, Today);
        statements.Texts.Count.ShouldBe(1, string.Join("\n---\n", statements.Texts));
        second.Select(o => o.Organization.Id).ShouldBe(first.Select(o => o.Organization.Id));

        // A month whose branch committee meeting is missing gets one, through a context that audits as the app's does.
        var gap = first.SelectMany(o => o.Slots.Select(s => (Org: o.Organization.Id, Slot: s)))
            .First(x => x.Slot.Kind == MeetingKind.BranchCommittee && x.Slot.Status == SlotStatus.Missing);
        await using (var audited = OpenAudited())
        {
            audited.Meetings.Add(new Meeting
            {
                OrganizationId = gap.Org, Kind = MeetingKind.BranchCommittee, HeldOn = gap.Slot.Start, Topic = "补开支委会",
                EnteredAtUtc = gap.Slot.Start.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
            });
            await audited.SaveChangesAsync();
        }

        statements.Texts.Clear();
        var third = await new ComplianceQuery(db).RunAsync(township.Path, From, To, Today);
        statements.Texts.Count.ShouldBeGreaterThan(1);
        third.Single(o => o.Organization.Id == gap.Org).Slots
            .Single(s => s.Kind == MeetingKind.BranchCommittee && s.Start == gap.Slot.Start).Status.ShouldNotBe(SlotStatus.Missing);

        // The result under the new head replaced the old one and is what the next read gets.
        statements.Texts.Clear();
        var fourth = await new ComplianceQuery(db).RunAsync(township.Path, From, To, Today);
        statements.Texts.Count.ShouldBe(1);
        fourth.SelectMany(o => o.Slots).Count(s => s.Status == SlotStatus.Missing).ShouldBe(third.SelectMany(o => o.Slots).Count(s => s.Status == SlotStatus.Missing));
    }

    [Fact]
    public async Task Another_day_is_computed_afresh()
    {
        var statements = new StatementLog();
        await using var db = Open(statements);
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        await new ComplianceQuery(db).RunAsync(township.Path, From, To, Today);

        statements.Texts.Clear();
        await new ComplianceQuery(db).RunAsync(township.Path, From, To, Today.AddDays(1));
        statements.Texts.Count.ShouldBeGreaterThan(1);
    }

    private AppDbContext OpenAudited()
    {
        var keys = Directory.CreateTempSubdirectory("dangjian-cache-keys-").FullName;
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString)
            .AddInterceptors(new AuditInterceptor(SystemAuditContext.Instance, new AuditWriter(AuditKey.Resolve(null, keys))));
        return new AppDbContext(options.Options);
    }

    private AppDbContext Open(StatementLog statements) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).AddInterceptors(statements).Options);
}
