using Dangjian.Core.Cadres;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Reserve cadres added in the year under the township. <see cref="IndicatorDefinition.Filter"/>: source names
/// (comma-separated <see cref="ReserveSource"/>), "fulltime" (reserved for a full-time secretary post), or empty for all.
/// </summary>
public sealed class ReservesSource : IIndicatorSource
{
    public string Name => "reserves";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) =>
        SourceFigures.CountOrNull(await Select(d, c).CountAsync(ct), d.Unit);

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(r => r.AddedOn).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Name, r.Source, r.AddedOn, Org = r.Organization!.Name }).ToListAsync(ct);
        return rows.Select(r => new RecordRef("reserve-cadre", r.Id, SourceFigures.Label(r.AddedOn, $"{r.Org} {r.Name}（{CadreLabels.Of(r.Source)}）"), r.AddedOn)).ToList();
    }

    private static IQueryable<ReserveCadre> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var path = c.Path;
        var query = c.Db.ReserveCadres.Under(r => r.Organization!.Path, path).Where(r => r.AddedOn >= c.From && r.AddedOn <= c.To);
        if (d.Filter == "fulltime")
        {
            return query.Where(r => r.ForFullTimeSecretary);
        }

        var sources = (d.Filter ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<ReserveSource>).ToList();
        return sources.Count == 0 ? query : query.Where(r => sources.Contains(r.Source));
    }
}
