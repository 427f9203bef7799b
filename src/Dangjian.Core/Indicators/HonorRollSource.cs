using System.Linq.Expressions;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Red/black list entries (红黑榜) of the year for organizations under the organization (<see cref="IndicatorDefinition.Filter"/>:
/// "Red", "Black", empty: both). <see cref="IndicatorDefinition.Field"/>: empty counts entries (个次), "periods" the different
/// periods published (期, by their wording, e.g. "2026年第二季度").
/// </summary>
public sealed class HonorRollSource() : RecordSource<HonorRollEntry>("honor-roll", "红黑榜记录")
{
    protected override Expression<Func<HonorRollEntry, int>> Owner => e => e.OrganizationId;

    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => (d.Kind, d.Field) switch
    {
        (IndicatorKind.Count, null or "") => [Select(d, c).Select(Owner)],
        (IndicatorKind.Count, "periods") => [Select(d, c).Select(e => e.Period).Distinct().Select(_ => 0)],
        _ => null,
    };

    protected override IQueryable<HonorRollEntry> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var rolls = SourceFigures.Names<HonorRollColour>(d.Filter);
        var path = c.Path;
        var year = c.Year;
        var entries = c.Db.HonorRollEntries.Where(e => e.Year == year).Under(e => e.Organization!.Path, path);
        return rolls.Count > 0 ? entries.Where(e => rolls.Contains(e.Roll)) : entries;
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<HonorRollEntry> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(e => e.Period).ThenBy(e => e.Roll).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Period, e.Roll, Org = e.Organization!.Name }).ToListAsync(ct);
        return rows.Select(e => new RecordRef("honor-roll", e.Id, $"{e.Period}{AccountabilityLabels.Of(e.Roll)}：{e.Org}")).ToList();
    }
}
