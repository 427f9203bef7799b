using Dangjian.Core.Building;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Village collective-economy income (村集体经济收入) of the year: bucket counts of villages under the organization whose
/// income (万元) is at least <see cref="IndicatorDefinition.Threshold"/> and, when given, under <see cref="IndicatorDefinition.Below"/>
/// (the seeds' exclusive reading, as <see cref="IncomeBuckets"/>).
/// </summary>
public sealed class IncomeSource : IIndicatorSource
{
    public string Name => "income";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) => d.Kind == IndicatorKind.BucketCount
        ? SourceFigures.CountOrNull(await Bucket(d, c).CountAsync(ct), d.Unit)
        : throw SourceFigures.Unsupported(d, "村集体经济收入记录");

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Bucket(d, c).OrderByDescending(i => i.AmountWan).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Year, i.AmountWan, Org = i.Organization!.Name }).ToListAsync(ct);
        return rows.Select(i => new RecordRef("collective-income", i.Id, $"{i.Org} {i.Year}年村集体经济收入{FigureFormat.Trimmed(i.AmountWan)}万元")).ToList();
    }

    private static IQueryable<CollectiveIncome> Bucket(IndicatorDefinition d, IndicatorContext c) =>
        new IncomeBuckets(c.Db).Villages(c.Path, c.Year, (double)(d.Threshold ?? 0), d.Below is { } b ? (double)b : null);
}
