using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Statistics;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// A county's yearly statistics (<see cref="YearlyStatistic"/>, code in <see cref="IndicatorDefinition.Filter"/>): the sum or
/// average of the values the organizations under the township (scope "own": the township's own) entered for the year, printed
/// with the statistic's decimals; the number of organizations reporting (Count); or reaching <see cref="IndicatorDefinition.Threshold"/>
/// and staying under <see cref="IndicatorDefinition.Below"/> (BucketCount). No value entered is no data, not 0.
/// </summary>
public sealed class StatisticsSource : IIndicatorSource
{
    public string Name => "statistics";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var statistic = await StatisticAsync(d, c, ct);
        if (d.Kind is IndicatorKind.Count or IndicatorKind.Sum or IndicatorKind.Average && d.Scope is "own" or "subtree")
        {
            var rows = (await TotalsAsync(c, ct)).Where(r => r.Code == (d.Filter ?? "") && (d.Scope != "own" || r.Own)).ToList();
            var (n, total) = (rows.Sum(r => r.Count), rows.Sum(r => r.Sum));
            return d.Kind == IndicatorKind.Count ? SourceFigures.CountOrNull(n, d.Unit)
                : n == 0 ? null
                : new Figure(Figure.Round(d.Kind == IndicatorKind.Sum ? total : total / n, statistic.Decimals), d.Unit, statistic.Decimals);
        }

        var values = Select(d, c);
        switch (d.Kind)
        {
            case IndicatorKind.Count:
                return SourceFigures.CountOrNull(await values.CountAsync(ct), d.Unit);
            case IndicatorKind.Sum or IndicatorKind.Average:
                var count = await values.CountAsync(ct);
                if (count == 0)
                {
                    return null;
                }

                var sum = await values.SumAsync(v => v.Value, ct);
                var value = d.Kind == IndicatorKind.Sum ? sum : sum / count;
                return new Figure(Figure.Round(value, statistic.Decimals), d.Unit, statistic.Decimals);
            case IndicatorKind.BucketCount:
                var from = d.Threshold ?? 0;
                var reaching = values.Where(v => v.Value >= from);
                if (d.Below is { } below)
                {
                    reaching = reaching.Where(v => v.Value < below);
                }

                return SourceFigures.CountOrNull(await reaching.CountAsync(ct), d.Unit);
            default:
                throw SourceFigures.Unsupported(d, "年度统计");
        }
    }

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var statistic = await StatisticAsync(d, c, ct);
        var values = Select(d, c);
        if (d.Kind == IndicatorKind.BucketCount)
        {
            var from = d.Threshold ?? 0;
            values = values.Where(v => v.Value >= from);
            if (d.Below is { } below)
            {
                values = values.Where(v => v.Value < below);
            }
        }

        var rows = await values.OrderBy(v => v.Organization!.Path).ThenBy(v => v.Id)
            .Select(v => new { v.Id, v.Value, Org = v.Organization!.Name }).ToListAsync(ct);
        return rows.Select(v => new RecordRef("statistic-value", v.Id,
            $"{v.Org} {c.Year}年{statistic.Name}{FigureFormat.Number(v.Value, statistic.Decimals)}{statistic.Unit}")).ToList();
    }

    private sealed record TotalRow(int Year, string Code, bool Own, int Count, decimal Sum);

    /// <summary>
    /// Every count, sum and average of the report from one statement: the values under the organization by statistic and by
    /// whether the organization itself entered them (its own values lie in its subtree), of the year and of the year before
    /// (which a comparison reads next), read once per organization and year.
    /// </summary>
    private static async Task<List<TotalRow>> TotalsAsync(IndicatorContext c, CancellationToken ct)
    {
        var (id, path, year, before) = (c.Organization.Id, c.Path, c.Year, c.Year - 1);
        var years = await c.SharedOnceAsync($"statistics.totals.{id}", () => Task.FromResult(new Dictionary<int, List<TotalRow>>()));
        if (!years.TryGetValue(year, out var rows))
        {
            var read = await Totals.For(c.Db)(c.Db, before, year, path, Subtree.End(path), id).ToListAsync(ct);
            years.TryAdd(before, read.Where(r => r.Year == before).ToList());
            years[year] = rows = read.Where(r => r.Year == year).ToList();
        }

        return rows;
    }

    // the subtree's range as Subtree.Under writes it: a compiled query's parameters must be plain values
    private static readonly CompiledPerModel<Func<AppDbContext, int, int, string, string, int, IAsyncEnumerable<TotalRow>>> Totals =
        new(() => EF.CompileAsyncQuery((AppDbContext db, int before, int year, string prefix, string end, int id) => db.StatisticValues
            .Where(v => v.Year >= before && v.Year <= year && string.Compare(v.Organization!.Path, prefix) >= 0 && string.Compare(v.Organization.Path, end) < 0)
            .GroupBy(v => new { v.Year, v.Statistic!.Code, Own = v.OrganizationId == id })
            .Select(g => new TotalRow(g.Key.Year, g.Key.Code, g.Key.Own, g.Count(), g.Sum(v => v.Value)))));

    private static readonly CompiledPerModel<Func<AppDbContext, IAsyncEnumerable<YearlyStatistic>>> Definitions =
        new(() => EF.CompileAsyncQuery<AppDbContext, YearlyStatistic>(db => db.YearlyStatistics.AsNoTracking().OrderBy(s => s.Id)));

    /// <summary>The statistic the filter names, as the township sees it (its county's); unknown codes are refused, not read as "no data".</summary>
    private static async Task<YearlyStatistic> StatisticAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var code = d.Filter ?? "";
        // the statistics the caller sees, read once per service: the first of a code by id, as a lookup would give
        var statistics = await c.SharedOnceAsync("statistics", () => Definitions.For(c.Db)(c.Db).ToListAsync(ct).AsTask());
        return statistics.Find(s => s.Code == code)
            ?? throw new InvalidOperationException($"指标“{d.Name}”：没有编码为“{code}”的年度统计项（请先在“年度统计项”中设置）。");
    }

    private static IQueryable<StatisticValue> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var code = d.Filter ?? "";
        var year = c.Year;
        var query = c.Db.StatisticValues.Where(v => v.Statistic!.Code == code && v.Year == year);
        var id = c.Organization.Id;
        var path = c.Path;
        return d.Scope == "own" ? query.Where(v => v.OrganizationId == id) : query.Under(v => v.Organization!.Path, path);
    }
}
