using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
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
    /// <remarks>
    /// Kept between requests until the records change (<see cref="DerivedCache"/>), per caller scope: the county's home
    /// page and its export read it on every visit.
    /// </remarks>
    public async Task<IReadOnlyList<OverviewRow>> LoadAsync(int year, DateOnly today, CancellationToken ct = default)
    {
        var head = await DerivedCache.HeadAsync(db, ct);
        return await DerivedCache.GetOrComputeAsync(db, head, (nameof(CountyOverview), DerivedCache.Scope(db), year, today), rows => rows.Count,
            () => ComputeAsync(year, today, ct));
    }

    private async Task<IReadOnlyList<OverviewRow>> ComputeAsync(int year, DateOnly today, CancellationToken ct)
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

        // Every organization in scope, inactive ones too (their records still count under their township).
        var paths = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Path }).ToDictionaryAsync(o => o.Id, o => o.Path, ct);
        var townshipOf = paths.Select(p => (p.Key, Township: townships.FirstOrDefault(t => p.Value.StartsWith(t.Path, StringComparison.Ordinal))))
            .Where(p => p.Township is not null).ToDictionary(p => p.Key, p => p.Township!);
        var slots = await SlotsByTownshipAsync(townships, townshipOf, year, today, ct);

        var figures = townships.ToDictionary(t => t.Id, _ => new Dictionary<string, Figure?>(StringComparer.Ordinal));
        foreach (var county in townships.GroupBy(CountyPath))
        {
            // Townships of one county share its template: one indicator service per county.
            var service = new IndicatorService(db, IndicatorCatalog.Builtin.With((await ReportComposer.TemplateAsync(county.First(), db, ct)).Indicators ?? []), today);
            var counted = await CountedAsync(service, county.Key, county.ToList(), townshipOf, year, today, ct);
            foreach (var township in county)
            {
                foreach (var column in OverviewColumn.Indicators)
                {
                    var definition = service.Catalog.Find(column.IndicatorId!);
                    figures[township.Id][column.Key] = definition is { Source: "compliance", Kind: IndicatorKind.Rate }
                        ? ComplianceSource.Rate(definition, slots.GetValueOrDefault(township.Id) ?? [])
                        : counted.TryGetValue(column.Key, out var byTownship)
                            ? SourceFigures.CountOrNull(byTownship.GetValueOrDefault(township.Id), definition!.Unit)
                            : (await service.ComputeAsync(column.IndicatorId!, township, year, ct)).Figure;
                }
            }
        }

        return townships.Select(township =>
        {
            var review = reviews.GetValueOrDefault(township.Id);
            return new OverviewRow(township, figures[township.Id], reports.TryGetValue(township.Id, out var state) ? state : null,
                review is null ? null : new OverviewReview(review.Id, review.Total, review.Grade, review.Rank));
        }).ToList();
    }

    /// <summary>
    /// The plain row-count columns (<see cref="IRowCountSource"/>) for every township of a county from one statement:
    /// the counted rows of all those columns under the county, by organization, summed per township. Read under each
    /// township instead when the county itself is outside the caller's scope (a township's own users). Column key →
    /// township id → count; columns of other sources are absent and computed one township at a time.
    /// </summary>
    private async Task<Dictionary<string, Dictionary<int, int>>> CountedAsync(IndicatorService service, string countyPath, List<Organization> townships,
        Dictionary<int, Organization> townshipOf, int year, DateOnly today, CancellationToken ct)
    {
        var county = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Path == countyPath, ct);
        var roots = county is null ? townships : [county];
        var counted = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            var context = new IndicatorContext(db, root, year, today);
            var columns = new List<string>();
            var sets = new List<IQueryable<int>>();
            foreach (var column in OverviewColumn.Indicators)
            {
                if (service.Catalog.Find(column.IndicatorId!) is { } d && service.Source(d) is IRowCountSource source && source.CountedOrganizations(d, context) is { } set)
                {
                    columns.Add(column.Key);
                    sets.Add(set);
                }
            }

            foreach (var ((organization, mark), count) in await MarkCounts.ByOrganizationAsync(sets, ct))
            {
                if (townshipOf.TryGetValue(organization, out var township))
                {
                    var byTownship = counted.TryGetValue(columns[mark], out var c) ? c : counted[columns[mark]] = [];
                    byTownship[township.Id] = byTownship.GetValueOrDefault(township.Id) + count;
                }
            }

            foreach (var column in columns)
            {
                counted.TryAdd(column, []);
            }
        }

        return counted;
    }

    /// <summary>
    /// The compliance engine run once per county over the year (up to today), its slots handed to the township each
    /// organization lies under: one run instead of one per township, the same slots <see cref="ComplianceSource"/> judges.
    /// </summary>
    private async Task<Dictionary<int, List<SlotResult>>> SlotsByTownshipAsync(List<Organization> townships, Dictionary<int, Organization> townshipOf, int year, DateOnly today, CancellationToken ct)
    {
        var bySlots = new Dictionary<int, List<SlotResult>>();
        if (ComplianceSource.Range(year, today) is not { } range)
        {
            return bySlots;
        }

        foreach (var county in townships.Select(CountyPath).Distinct())
        {
            foreach (var org in await new ComplianceQuery(db).RunAsync(county, range.From, range.To, today, null, ct))
            {
                if (townshipOf.GetValueOrDefault(org.Organization.Id) is { } township)
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
