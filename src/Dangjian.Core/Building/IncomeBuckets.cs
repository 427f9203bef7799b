using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Building;

/// <summary>One bucket of the collective-economy report: villages at or above <see cref="From"/> (below <see cref="Below"/> when exclusive).</summary>
public sealed record IncomeBucket(double From, double? Below, int Villages)
{
    public string Label => $"{Figures.FigureFormat.Trimmed(From)}万元以上";
}

/// <summary>Counts villages per income bucket for a year in SQL (one COUNT per bucket).</summary>
public sealed class IncomeBuckets(AppDbContext db) : IOperation
{
    public async Task<IReadOnlyList<IncomeBucket>> CountAsync(string underPath, int year, IReadOnlyList<double> thresholds, bool cumulative, CancellationToken ct = default)
    {
        var ordered = thresholds.Distinct().OrderDescending().ToList();
        var buckets = new List<IncomeBucket>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var from = ordered[i];
            double? below = cumulative || i == 0 ? null : ordered[i - 1];
            buckets.Add(new IncomeBucket(from, below, await Villages(underPath, year, from, below).CountAsync(ct)));
        }

        return buckets;
    }

    /// <summary>The incomes of one bucket: at least <paramref name="from"/> 万元, under <paramref name="below"/> when given.</summary>
    public IQueryable<CollectiveIncome> Villages(string underPath, int year, double from, double? below)
    {
        var rows = db.CollectiveIncomes.Where(i => i.Year == year && i.AmountWan >= from).Under(i => i.Organization!.Path, underPath);
        return below is { } b ? rows.Where(r => r.AmountWan < b) : rows;
    }

    /// <summary>The report sentence, e.g. "集体经济收入15万元以上的村达到8个，10万元以上的村达到3个".</summary>
    public static string Sentence(IEnumerable<IncomeBucket> buckets) =>
        "集体经济收入" + string.Join("，", buckets.Where(b => b.Villages > 0).Select(b => $"{b.Label}的村达到{b.Villages}个"));
}
