using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.Reports;
using Dangjian.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Dashboard;

/// <summary>
/// The townships in scope side by side for a year (DOMAIN: 县委组织部 compares its townships): each indicator column
/// computed per township by the <see cref="IndicatorService"/> the report composer uses (the county's own indicator
/// definitions included), the state of the year's duty report, and the published review score.
/// </summary>
public sealed class CountyOverview(AppDbContext db)
{
    public async Task<IReadOnlyList<OverviewRow>> LoadAsync(int year, DateOnly today, CancellationToken ct = default)
    {
        var townships = await db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Level == OrgLevel.TownshipCommittee)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Path).ToListAsync(ct);
        if (townships.Count == 0)
        {
            return [];
        }

        var ids = townships.Select(t => t.Id).ToList();
        var reports = (await db.ReportDrafts.AsNoTracking().Where(d => d.Year == year && ids.Contains(d.OrganizationId))
                .Select(d => new { d.Id, d.OrganizationId, d.State }).ToListAsync(ct))
            .GroupBy(d => d.OrganizationId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Id)!.State);
        var reviews = (await db.ReviewParticipants.AsNoTracking()
                .Where(p => p.Plan!.Year == year && p.Plan.State == ReviewPlanState.Published && ids.Contains(p.OrganizationId))
                .Select(p => new { p.Id, p.OrganizationId, p.Total, p.Grade, p.Rank }).ToListAsync(ct))
            .GroupBy(p => p.OrganizationId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Id)!);

        var slots = await SlotsByTownshipAsync(townships, year, today, ct);

        // Townships of one county share its template: one indicator service per county.
        var services = new Dictionary<string, IndicatorService>(StringComparer.Ordinal);
        var rows = new List<OverviewRow>();
        foreach (var township in townships)
        {
            var county = CountyPath(township);
            if (!services.TryGetValue(county, out var service))
            {
                var template = await ReportComposer.TemplateAsync(township, db, ct);
                services[county] = service = new IndicatorService(db, IndicatorCatalog.Builtin.With(template.Indicators ?? []), today);
            }

            var figures = new Dictionary<string, Figure?>(StringComparer.Ordinal);
            foreach (var column in OverviewColumn.Indicators)
            {
                figures[column.Key] = service.Catalog.Find(column.IndicatorId!) is { Source: "compliance", Kind: IndicatorKind.Rate } rate
                    ? ComplianceSource.Rate(rate, slots.GetValueOrDefault(township.Id) ?? [])
                    : (await service.ComputeAsync(column.IndicatorId!, township, year, ct)).Figure;
            }

            var review = reviews.GetValueOrDefault(township.Id);
            rows.Add(new OverviewRow(township, figures, reports.TryGetValue(township.Id, out var state) ? state : null,
                review is null ? null : new OverviewReview(review.Id, review.Total, review.Grade, review.Rank)));
        }

        return rows;
    }

    /// <summary>
    /// The compliance engine run once per county over the year (up to today), its slots handed to the township each
    /// organization lies under: one run instead of one per township, the same slots <see cref="ComplianceSource"/> judges.
    /// </summary>
    private async Task<Dictionary<int, List<SlotResult>>> SlotsByTownshipAsync(List<Organization> townships, int year, DateOnly today, CancellationToken ct)
    {
        var bySlots = new Dictionary<int, List<SlotResult>>();
        if (ComplianceSource.Range(year, today) is not { } range)
        {
            return bySlots;
        }

        var paths = await db.Organizations.AsNoTracking().Where(o => o.IsActive).Select(o => new { o.Id, o.Path }).ToDictionaryAsync(o => o.Id, o => o.Path, ct);
        foreach (var county in townships.Select(CountyPath).Distinct())
        {
            foreach (var org in await new ComplianceQuery(db).RunAsync(county, range.From, range.To, today, null, ct))
            {
                var path = paths.GetValueOrDefault(org.Organization.Id) ?? "";
                if (townships.FirstOrDefault(t => path.StartsWith(t.Path, StringComparison.Ordinal)) is { } township)
                {
                    (bySlots.TryGetValue(township.Id, out var list) ? list : bySlots[township.Id] = []).AddRange(org.Slots);
                }
            }
        }

        return bySlots;
    }

    private static string CountyPath(Organization township) => township.Path[..(township.Path.IndexOf('/', 1) + 1)];

    /// <summary>Rows ordered by a column (unknown: as listed); rows without a value last in either direction, then by listing order.</summary>
    public static IReadOnlyList<OverviewRow> Sort(IReadOnlyList<OverviewRow> rows, string? key, bool descending)
    {
        var column = OverviewColumn.Find(key);
        if (column is null || column.Key == OverviewColumn.Name)
        {
            return descending && column is not null ? rows.Reverse().ToList() : rows;
        }

        var withValue = rows.Where(r => r.SortValue(column) is not null);
        var ordered = descending ? withValue.OrderByDescending(r => r.SortValue(column)) : withValue.OrderBy(r => r.SortValue(column));
        return ordered.Concat(rows.Where(r => r.SortValue(column) is null)).ToList();
    }
}
