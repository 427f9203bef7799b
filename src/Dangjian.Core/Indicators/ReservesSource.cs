using System.Linq.Expressions;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Reserve cadres added in the year under the township. <see cref="IndicatorDefinition.Filter"/>: source names
/// (comma-separated <see cref="ReserveSource"/>), "fulltime" (reserved for a full-time secretary post), or empty for all.
/// Every kind of indicator counts them.
/// </summary>
public sealed class ReservesSource() : RecordSource<ReserveCadre>("reserves", "后备干部记录")
{
    protected override Expression<Func<ReserveCadre, int>> Owner => r => r.OrganizationId;

    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => [Select(d, c).Select(Owner)];

    protected override IQueryable<ReserveCadre> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var path = c.Path;
        var query = c.Db.ReserveCadres.Under(r => r.Organization!.Path, path).Where(r => r.AddedOn >= c.From && r.AddedOn <= c.To);
        if (d.Filter == "fulltime")
        {
            return query.Where(r => r.ForFullTimeSecretary);
        }

        var sources = SourceFigures.Names<ReserveSource>(d.Filter);
        return sources.Count == 0 ? query : query.Where(r => sources.Contains(r.Source));
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<ReserveCadre> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(r => r.AddedOn).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Person.Name, r.Source, r.AddedOn, Org = r.Organization!.Name }).ToListAsync(ct);
        return rows.Select(r => new RecordRef("reserve-cadre", r.Id, SourceFigures.Label(r.AddedOn, $"{r.Org} {r.Name}（{CadreLabels.Of(r.Source)}）"), r.AddedOn)).ToList();
    }
}
