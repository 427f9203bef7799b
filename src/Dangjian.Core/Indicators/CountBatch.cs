using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>A source whose count (and rate) figures are sizes of row sets, so many of them can come from one statement.</summary>
public interface ICountedSource
{
    /// <summary>
    /// The row sets whose sizes make the figure, one row per thing counted (its owner organization's id where it has one):
    /// a count's rows, or a rate's denominator then numerator. Null when the figure is not such a count.
    /// </summary>
    IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition definition, IndicatorContext context);
}

/// <summary>
/// The count indicators a report asks for, of every family at once: their row sets are unioned and counted by one
/// statement per organization and year (<see cref="MarkCounts"/>), so a figure is the same number its set's own
/// COUNT(*) gives. A definition the source refuses stays out of the batch and keeps its own statement (and its error).
/// </summary>
public sealed class CountBatch(IReadOnlyList<(IndicatorDefinition Definition, ICountedSource Source)> wanted)
{
    private const string MemoKey = "counts";

    private readonly IReadOnlyList<(IndicatorDefinition Definition, ICountedSource Source)> wanted = wanted;

    /// <summary>The definitions whose source counts row sets.</summary>
    public static CountBatch Of(IEnumerable<(IndicatorDefinition Definition, IIndicatorSource? Source)> definitions) =>
        new(definitions.Where(x => x.Source is ICountedSource).Select(x => (x.Definition, (ICountedSource)x.Source!)).ToList());

    /// <summary>The definitions compared with an earlier year or term: the earlier context counts only those.</summary>
    public CountBatch Comparing() => new(wanted.Where(w => w.Definition.Compare != IndicatorComparison.None).ToList());

    /// <summary>The sizes of <paramref name="sets"/> (<paramref name="d"/>'s own): from the batch's one statement when the batch holds it.</summary>
    public static async Task<int[]> SizesAsync(IndicatorDefinition d, IndicatorContext c, IReadOnlyList<IQueryable<int>> sets, CancellationToken ct)
    {
        if (c.Counts is { } batch && batch.wanted.Any(w => w.Definition == d)
            && (await c.OnceAsync(MemoKey, () => batch.ReadAsync(c, ct))).TryGetValue(d, out var sizes))
        {
            return sizes;
        }

        return sets.Count == 1 ? [await sets[0].CountAsync(ct)] : await MarkCounts.TotalsAsync(sets, ct);
    }

    private async Task<Dictionary<IndicatorDefinition, int[]>> ReadAsync(IndicatorContext c, CancellationToken ct)
    {
        var parts = new List<(IndicatorDefinition Definition, int At, int Count)>();
        var sets = new List<IQueryable<int>>();
        foreach (var (d, source) in wanted)
        {
            if (Sets(source, d, c) is { } own && parts.TrueForAll(p => p.Definition != d))
            {
                parts.Add((d, sets.Count, own.Count));
                sets.AddRange(own);
            }
        }

        var totals = await MarkCounts.TotalsAsync(sets, ct);
        return parts.ToDictionary(p => p.Definition, p => totals[p.At..(p.At + p.Count)]);
    }

    private static IReadOnlyList<IQueryable<int>>? Sets(ICountedSource source, IndicatorDefinition d, IndicatorContext c)
    {
        try
        {
            return source.Counted(d, c);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }
}
