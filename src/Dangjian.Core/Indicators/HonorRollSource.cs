using Dangjian.Core.Accountability;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Red/black list entries (红黑榜) of the year for organizations under the organization (<see cref="IndicatorDefinition.Filter"/>:
/// "Red", "Black", empty: both). <see cref="IndicatorDefinition.Field"/>: empty counts entries (个次), "periods" the different
/// periods published (期, by their wording, e.g. "2026年第二季度").
/// </summary>
public sealed class HonorRollSource : IIndicatorSource
{
    public string Name => "honor-roll";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var entries = Select(d, c);
        var n = (d.Kind, d.Field) switch
        {
            (IndicatorKind.Count, null or "") => await entries.CountAsync(ct),
            (IndicatorKind.Count, "periods") => await entries.Select(e => e.Period).Distinct().CountAsync(ct),
            _ => throw SourceFigures.Unsupported(d, "红黑榜记录"),
        };
        return SourceFigures.CountOrNull(n, d.Unit);
    }

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(e => e.Period).ThenBy(e => e.Roll).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Period, e.Roll, Org = e.Organization!.Name }).ToListAsync(ct);
        return rows.Select(e => new RecordRef("honor-roll", e.Id, $"{e.Period}{AccountabilityLabels.Of(e.Roll)}：{e.Org}")).ToList();
    }

    private static IQueryable<HonorRollEntry> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var rolls = SourceFigures.Names<HonorRoll>(d.Filter);
        var path = c.Path;
        var year = c.Year;
        var entries = c.Db.HonorRollEntries.Where(e => e.Year == year).Under(e => e.Organization!.Path, path);
        return rolls.Count > 0 ? entries.Where(e => rolls.Contains(e.Roll)) : entries;
    }
}
