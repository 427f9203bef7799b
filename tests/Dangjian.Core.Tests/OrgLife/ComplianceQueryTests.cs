using Dangjian.Core.Demo;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.OrgLife.Rules;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.OrgLife;

/// <summary>The query on a real SQLite file with the demo township: what it reports is what the records say.</summary>
public sealed class ComplianceQueryTests(ITestOutputHelper output) : DemoTownshipDatabase
{
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
            org.EnteredByProxy.ShouldBe(meetings.Count(m => held.Contains(m.Id) && m.EnteredByProxy));
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
        var all = report.Select(o => o.Participation).Aggregate((a, b) => a + b);

        slots.Count(s => s.Status is SlotStatus.Held or SlotStatus.HeldLate).ShouldBeGreaterThan(slots.Count * 8 / 10);
        slots.ShouldContain(s => s.Status == SlotStatus.Missing && s.Kind == MeetingKind.BranchCommittee);
        slots.ShouldContain(s => s.Status == SlotStatus.Missing && s.Kind == MeetingKind.MemberAssembly);
        slots.ShouldContain(s => s.Status == SlotStatus.HeldLate);
        slots.ShouldContain(s => s.Status == SlotStatus.NotDue);
        var lectures = slots.Where(s => s.Kind == MeetingKind.PartyLecture).ToList();
        lectures.Count(s => s.Status is SlotStatus.Held or SlotStatus.HeldLate).ShouldBeGreaterThan(lectures.Count / 2);
        foreach (var kind in slots.GroupBy(s => s.Kind))
        {
            output.WriteLine($"{kind.Key}: {string.Join(", ", kind.GroupBy(s => s.Status).Select(g => $"{g.Key} {g.Count()}"))}");
        }

        output.WriteLine($"rate {all.Rate:P1}, mobile {all.MobileRate:P1}, no smartphone {all.NoSmartphoneRate:P1}");
        (await db.Meetings.CountAsync(m => m.EnteredByProxy)).ShouldBeGreaterThan(0);
        (await db.MonthlyThemes.CountAsync(t => t.OrganizationId == township.Id)).ShouldBe(12);

        all.Rate!.Value.ShouldBeInRange(0.85, 0.95);
        all.MobileRate!.Value.ShouldBeLessThan(all.Rate.Value);
    }
}
