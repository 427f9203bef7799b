using Dangjian.Core.Data;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.OrgLife.Rules;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife;

/// <summary>
/// Loads the facts of a subtree (organizations, full-member counts, meetings, attendance counted per meeting in SQL)
/// and runs <see cref="ComplianceEngine"/>. Attendance rows never leave the database.
/// </summary>
public sealed class ComplianceQuery(AppDbContext db)
{
    /// <summary>The subtree's compliance over one calendar year, for the read-only views (through the caller's context, the standby's included).</summary>
    public static Task<IReadOnlyList<OrgCompliance>> YearAsync(AppDbContext db, string rootPath, int year, DateOnly today, CancellationToken ct = default) =>
        new ComplianceQuery(db).RunAsync(rootPath, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), today, ct: ct);

    public async Task<IReadOnlyList<OrgCompliance>> RunAsync(
        string rootPath, DateOnly from, DateOnly to, DateOnly today,
        IReadOnlyList<OrgLifeRuleSet>? versions = null, CancellationToken ct = default)
    {
        var results = new List<OrgCompliance>();
        var prefixes = WithinScope(rootPath, db.ScopeAll ? null : db.ScopePaths);
        // Results for the default rules are shared between requests until the data changes (DerivedCache); a
        // caller's own rule versions (a what-if) are always computed.
        var head = versions is null && prefixes.Count > 0 ? await DerivedCache.HeadAsync(db, ct) : null;
        foreach (var prefix in prefixes)
        {
            results.AddRange(head is null
                ? await RunOneAsync(prefix, from, to, today, versions, ct)
                : await DerivedCache.GetOrComputeAsync(db, head, (nameof(ComplianceQuery), prefix, from, to, today), r => r.Count,
                    () => RunOneAsync(prefix, from, to, today, null, ct)));
        }

        return results;
    }

    private async Task<IReadOnlyList<OrgCompliance>> RunOneAsync(
        string prefix, DateOnly from, DateOnly to, DateOnly today, IReadOnlyList<OrgLifeRuleSet>? versions, CancellationToken ct)
    {
        var loadFrom = ComplianceEngine.LoadFrom(from);
        var fullMembers = await db.Members
            .Under(m => m.Organization!.Path, prefix)
            .Where(m => m.Status == MemberStatus.Full)
            .GroupBy(m => m.OrganizationId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var orgs = (await db.Organizations
                .Under(o => o.Path, prefix)
                .Where(o => o.IsActive)
                .OrderBy(o => o.Path)
                .Select(o => new { o.Id, o.Level, o.Sector })
                .ToListAsync(ct))
            .Select(o => new OrgFacts(o.Id, o.Level, o.Sector, fullMembers.GetValueOrDefault(o.Id)))
            .ToList();

        var counts = await AttendanceCountsAsync(prefix, loadFrom, to, ct);
        var meetings = (await db.Meetings
                .Under(m => m.Organization!.Path, prefix)
                .Where(m => m.HeldOn >= loadFrom && m.HeldOn <= to)
                .Select(m => new { m.Id, m.OrganizationId, m.Kind, m.HeldOn, m.EnteredAtUtc, m.IncludesDemocraticAppraisal, m.EnteredByProxy })
                .ToListAsync(ct))
            .Select(m => new MeetingFacts(m.Id, m.OrganizationId, m.Kind, m.HeldOn, m.EnteredAtUtc,
                m.IncludesDemocraticAppraisal, m.EnteredByProxy, counts.GetValueOrDefault(m.Id)))
            .ToList();

        return ComplianceEngine.Evaluate(versions ?? [RuleSets.Default], orgs, meetings, from, to, today);
    }

    /// <summary>
    /// One GROUP BY meeting over the range, organizations first: the subtree's organizations by the path range, their
    /// meetings of the range by (organization_id, held_on), then the covering attendance index — never the county's
    /// whole attendance history. Both dates are asked, as in Meetings/AttendanceDates. The member's mobile / no-smartphone flags are copied onto the row at entry, so no join
    /// to members. Filters are ignored so a member who has since moved to another branch still counts where they
    /// attended; the scope is applied explicitly through the meeting's organization.
    /// </summary>
    private Task<Dictionary<int, AttendanceCounts>> AttendanceCountsAsync(string prefix, DateOnly loadFrom, DateOnly to, CancellationToken ct) =>
        (from o in db.Organizations.IgnoreQueryFilters().Under(o => o.Path, prefix)
         join m in db.Meetings.IgnoreQueryFilters() on o.Id equals m.OrganizationId
         join a in db.MeetingAttendances.IgnoreQueryFilters() on m.Id equals a.MeetingId
         where m.HeldOn >= loadFrom && m.HeldOn <= to && a.HeldOn >= loadFrom && a.HeldOn <= to
         select new { a.MeetingId, Present = a.Status == AttendanceStatus.Present, a.IsMobile, a.NoSmartphone })
            .GroupBy(a => a.MeetingId)
            .Select(g => new
            {
                g.Key,
                Due = g.Count(),
                Present = g.Count(a => a.Present),
                MobileDue = g.Count(a => a.IsMobile),
                MobilePresent = g.Count(a => a.IsMobile && a.Present),
                NoSmartphoneDue = g.Count(a => a.NoSmartphone),
                NoSmartphonePresent = g.Count(a => a.NoSmartphone && a.Present),
            })
            .ToDictionaryAsync(
                x => x.Key,
                x => new AttendanceCounts(x.Due, x.Present, x.MobileDue, x.MobilePresent, x.NoSmartphoneDue, x.NoSmartphonePresent),
                ct);

    /// <summary>
    /// The parts of the requested subtree the caller may see: the subtree itself when it lies in a scope root, else
    /// the scope roots inside it (a liaison leader asking for the township gets their branches); none when disjoint.
    /// </summary>
    internal static IReadOnlyList<string> WithinScope(string rootPath, IReadOnlyList<string>? scopePaths)
    {
        if (scopePaths is null || scopePaths.Any(s => rootPath.StartsWith(s, StringComparison.Ordinal)))
        {
            return [rootPath];
        }

        return scopePaths.Where(s => s.StartsWith(rootPath, StringComparison.Ordinal)).ToList();
    }
}
