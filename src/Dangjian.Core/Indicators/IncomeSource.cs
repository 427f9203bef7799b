using Dangjian.Core.Data;
using Dangjian.Core.Building;
using Dangjian.Core.Figures;
using Dangjian.Core.Organizations;
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

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind != IndicatorKind.BucketCount)
        {
            throw SourceFigures.Unsupported(d, "村集体经济收入记录");
        }

        // the same comparisons as IncomeBuckets.Villages, on the year's amounts counted once per report
        var (from, below) = ((double)(d.Threshold ?? 0), d.Below is { } b ? (double)b : double.PositiveInfinity);
        return SourceFigures.CountOrNull((await AmountsAsync(c, ct)).Where(a => a.Amount >= from && a.Amount < below).Sum(a => a.Villages), d.Unit);
    }

    private sealed record AmountRow(double Amount, int Villages);

    /// <summary>Every bucket of the report from one statement: the year's incomes under the organization, counted by amount.</summary>
    private static async Task<List<AmountRow>> AmountsAsync(IndicatorContext c, CancellationToken ct)
    {
        return await c.OnceAsync("income", async () => await Amounts.For(c.Db)(c.Db, c.Year, c.Path, Subtree.End(c.Path)).ToListAsync(ct));
    }

    // the subtree's range as Subtree.Under writes it: a compiled query's parameters must be plain values
    private static readonly CompiledPerModel<Func<AppDbContext, int, string, string, IAsyncEnumerable<AmountRow>>> Amounts =
        new(() => EF.CompileAsyncQuery((AppDbContext db, int year, string prefix, string end) => db.CollectiveIncomes
            .Where(i => i.Year == year && string.Compare(i.Organization!.Path, prefix) >= 0 && string.Compare(i.Organization.Path, end) < 0)
            .GroupBy(i => i.AmountWan).Select(g => new AmountRow(g.Key, g.Count()))));

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Bucket(d, c).OrderByDescending(i => i.AmountWan).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Year, i.AmountWan, Org = i.Organization!.Name }).ToListAsync(ct);
        return rows.Select(i => new RecordRef("collective-income", i.Id, $"{i.Org} {i.Year}年村集体经济收入{FigureFormat.Trimmed(i.AmountWan)}万元")).ToList();
    }

    private static IQueryable<CollectiveIncome> Bucket(IndicatorDefinition d, IndicatorContext c) =>
        new IncomeBuckets(c.Db).Villages(c.Path, c.Year, (double)(d.Threshold ?? 0), d.Below is { } b ? (double)b : null);
}
