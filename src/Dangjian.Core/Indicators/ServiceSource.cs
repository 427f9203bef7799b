using System.Linq.Expressions;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Deeds done for the people (为民办实事) and volunteer activities (志愿服务) under the organization in the year
/// (<see cref="IndicatorDefinition.Filter"/>: <see cref="ServiceKind"/> names; county tags and organization kinds by
/// <see cref="RecordFilters"/>). Count of records, or the sum of "people"
/// (volunteers or people served, as each record says).
/// </summary>
public sealed class ServiceSource() : RecordSource<ServiceRecord>("service", "办实事和志愿服务记录")
{
    protected override Expression<Func<ServiceRecord, int>> Owner => s => s.OrganizationId;

    /// <summary>Counts and sums come from one GROUP BY by kind (or their own statement with a tag or organization filter).</summary>
    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => null;

    protected override async Task<Figure?> OtherAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind is not IndicatorKind.Count && !(d.Kind == IndicatorKind.Sum && d.Field == "people"))
        {
            throw Unsupported(d);
        }

        if (RecordFilters.Uses(d))
        {
            return d.Kind == IndicatorKind.Count
                ? SourceFigures.CountOrNull(await Select(d, c).CountAsync(ct), d.Unit)
                : SourceFigures.CountOrNull(await Select(d, c).SumAsync(s => s.People, ct), d.Unit);
        }

        var kinds = SourceFigures.Names<ServiceKind>(d.Filter);
        var rows = (await KindsAsync(c, ct)).Where(r => kinds.Count == 0 || kinds.Contains(r.Kind)).ToList();
        return SourceFigures.CountOrNull(d.Kind == IndicatorKind.Count ? rows.Sum(r => r.Count) : rows.Sum(r => r.People), d.Unit);
    }

    private sealed record KindRow(ServiceKind Kind, int Count, int People);

    /// <summary>Every service figure without a tag or organization filter from one statement: the year's records under the organization by kind.</summary>
    private static Task<List<KindRow>> KindsAsync(IndicatorContext c, CancellationToken ct) => c.OnceAsync("service", () => Kinds.ReadAsync(c, ct));

    private static readonly YearSummary<ServiceRecord, KindRow> Kinds = new(db => db.ServiceRecords, s => s.HeldOn, s => s.Organization!.Path,
        (rows, _) => rows.GroupBy(s => s.Kind).Select(g => new KindRow(g.Key, g.Count(), g.Sum(s => s.People))));

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<ServiceRecord> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(s => s.HeldOn).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.HeldOn, s.Title, s.Team, s.People, Org = s.Organization!.Name }).ToListAsync(ct);
        return rows.Select(s => new RecordRef("service-record", s.Id,
            SourceFigures.Label(s.HeldOn, $"{s.Org}{(s.Team is { } team ? " " + team : "")} {s.Title}（{s.People}人）"), s.HeldOn)).ToList();
    }

    protected override IQueryable<ServiceRecord> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var kinds = SourceFigures.Names<ServiceKind>(d.Filter);
        var path = c.Path;
        var records = c.Db.ServiceRecords.Where(s => s.HeldOn >= c.From && s.HeldOn <= c.To).Under(s => s.Organization!.Path, path).Filtered(d);
        return kinds.Count > 0 ? records.Where(s => kinds.Contains(s.Kind)) : records;
    }
}
