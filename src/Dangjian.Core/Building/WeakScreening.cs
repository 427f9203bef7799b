using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Development;
using Dangjian.Core.Operations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Core.Building;

/// <summary>
/// The yearly screening for weak and lax organizations under a township: each criterion of <see cref="WeakCriteria"/>
/// is computed from the records (cadres, meetings via <see cref="ComplianceQuery"/>, development steps, satisfaction
/// records, committee terms). It proposes; the township confirms.
/// </summary>
public sealed class WeakScreening(AppDbContext db, WeakCriteria criteria) : IOperation
{
    /// <summary>The screening with the county's configured criteria (as the pages inject it).</summary>
    public WeakScreening(AppDbContext db, IOptions<BuildingSettings> settings) : this(db, settings.Value.WeakCriteria)
    {
    }

    public async Task<IReadOnlyList<WeakProposal>> RunAsync(string townshipPath, int year, DateOnly asOf, CancellationToken ct = default)
    {
        var orgs = await db.Organizations.AsNoTracking()
            .Where(o => o.Path.StartsWith(townshipPath) && o.Path != townshipPath && o.IsActive)
            .OrderBy(o => o.Path)
            .Select(o => new { o.Id, o.Name, o.CommitteeTermEnd })
            .ToListAsync(ct);
        var reasons = orgs.ToDictionary(o => o.Id, _ => new List<string>());

        void Add(int org, string reason)
        {
            if (reasons.TryGetValue(org, out var list))
            {
                list.Add(reason);
            }
        }

        foreach (var (org, reason) in await VacantSecretariesAsync(townshipPath, asOf, ct)) Add(org, reason);
        foreach (var (org, reason) in await MissedMeetingsAsync(townshipPath, year, asOf, ct)) Add(org, reason);
        foreach (var (org, reason) in await NoTargetsAsync(townshipPath, orgs.Select(o => o.Id).ToList(), asOf, ct)) Add(org, reason);
        foreach (var (org, reason) in await LowSatisfactionAsync(townshipPath, year, ct)) Add(org, reason);
        if (criteria.ElectionOverdue)
        {
            foreach (var o in orgs.Where(o => o.CommitteeTermEnd is { } end && end < asOf))
            {
                Add(o.Id, $"班子任期已于{WorkingCalendar.Format(o.CommitteeTermEnd!.Value)}届满，未按期完成换届");
            }
        }

        return orgs.Where(o => reasons[o.Id].Count > 0).Select(o => new WeakProposal(o.Id, o.Name, reasons[o.Id])).ToList();
    }

    private async Task<IEnumerable<(int, string)>> VacantSecretariesAsync(string path, DateOnly asOf, CancellationToken ct)
    {
        if (criteria.SecretaryVacantMonths <= 0)
        {
            return [];
        }

        var limit = asOf.AddMonths(-criteria.SecretaryVacantMonths);
        var rows = await db.Cadres.Where(c => c.Organization!.Path.StartsWith(path) && c.PartyPost == PartyPost.Secretary)
            .GroupBy(c => c.OrganizationId)
            .Select(g => new { g.Key, Serving = g.Count(c => c.LeftOn == null || c.LeftOn > asOf), LastLeft = g.Max(c => c.LeftOn) })
            .ToListAsync(ct);
        return rows.Where(r => r.Serving == 0 && r.LastLeft is { } left && left < limit)
            .Select(r => (r.Key, $"党组织书记自{WorkingCalendar.Format(r.LastLeft!.Value)}起空缺超过{criteria.SecretaryVacantMonths}个月"));
    }

    private async Task<IEnumerable<(int, string)>> MissedMeetingsAsync(string path, int year, DateOnly asOf, CancellationToken ct)
    {
        if (criteria.MissedMeetingSlots <= 0)
        {
            return [];
        }

        var to = new DateOnly(year, 12, 31) < asOf ? new DateOnly(year, 12, 31) : asOf;
        var results = await new ComplianceQuery(db).RunAsync(path, new DateOnly(year, 1, 1), to, asOf, ct: ct);
        return results
            .Select(r => (r.Organization.Id, Missing: r.Slots.Where(s => s.Status is SlotStatus.Missing or SlotStatus.QuorumNotMet).ToList()))
            .Where(x => x.Missing.Count >= criteria.MissedMeetingSlots)
            .Select(x => (x.Id, $"组织生活未按规定开展：{year}年有{x.Missing.Count}次未按规定召开（" +
                string.Join("、", x.Missing.GroupBy(s => s.Kind).Select(g => $"{OrgLifeLabels.Of(g.Key)}{g.Count()}次")) + "）"));
    }

    private async Task<IEnumerable<(int, string)>> NoTargetsAsync(string path, List<int> orgIds, DateOnly asOf, CancellationToken ct)
    {
        if (criteria.NoTargetYears <= 0)
        {
            return [];
        }

        var since = asOf.AddYears(-criteria.NoTargetYears);
        var withTargets = await db.DevelopmentSteps
            .Where(s => s.Step == StepNumbers.TargetChosen && s.CompletedOn > since && s.Case!.Organization!.Path.StartsWith(path))
            .Select(s => s.Case!.OrganizationId).Distinct().ToListAsync(ct);
        return orgIds.Except(withTargets).Select(id => (id, $"近{criteria.NoTargetYears}年未确定发展对象"));
    }

    private async Task<IEnumerable<(int, string)>> LowSatisfactionAsync(string path, int year, CancellationToken ct)
    {
        var below = criteria.SatisfactionBelow;
        if (below <= 0)
        {
            return [];
        }

        var rows = await db.SatisfactionRecords.Where(s => s.Year == year && s.Percent < below && s.Organization!.Path.StartsWith(path))
            .Select(s => new { s.OrganizationId, s.Percent }).ToListAsync(ct);
        return rows.Select(r => (r.OrganizationId, $"群众满意度{Figures.FigureFormat.Trimmed(r.Percent, 1)}%，低于{Figures.FigureFormat.Trimmed(below, 1)}%"));
    }
}
