using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Reports.Check;

/// <summary>
/// The second pass of <see cref="RecordCheck"/>, for figures the composed report does not print: a figure is matched to the
/// indicator of the county's catalog (<see cref="CountyCatalog"/>) whose name its subject contains and whose unit it has
/// ("培育先锋富民示范户128户" → the statistic 先锋富民示范户 in 户); a name inside a longer matching name gives way to it. Two or
/// more names left is ambiguous: the figure stays <see cref="RecordVerdict.Unmatched"/> with those names as candidates.
/// </summary>
public sealed class CatalogMatch(AppDbContext db, DateOnly today)
{
    /// <summary>Names shorter than this (约谈, 问责…) say too little on their own to tie a figure to them.</summary>
    private const int ShortestName = 3;

    public async Task<IReadOnlyList<CheckedFigure>> JudgeAsync(Organization organization, int year, IReadOnlyList<CheckedFigure> figures, CancellationToken ct = default)
    {
        if (figures.All(f => f.Verdict != RecordVerdict.Unmatched))
        {
            return figures;
        }

        var catalog = await CountyCatalog.ForAsync(db, organization, ct);
        var service = new IndicatorService(db, catalog, today);
        var judged = new List<CheckedFigure>(figures.Count);
        foreach (var figure in figures)
        {
            judged.Add(figure.Verdict == RecordVerdict.Unmatched ? await JudgeAsync(figure.Claimed, catalog, service, organization, year, ct) : figure);
        }

        return judged;
    }

    private static async Task<CheckedFigure> JudgeAsync(ClaimedFigure claimed, IndicatorCatalog catalog, IndicatorService service, Organization organization, int year,
        CancellationToken ct)
    {
        var fitting = catalog.All.Where(d => d.Unit == claimed.Unit && d.Name.Length >= ShortestName && claimed.Subject.Contains(d.Name, StringComparison.Ordinal)).ToList();
        var candidates = fitting.Where(d => !fitting.Any(o => o.Name.Length > d.Name.Length && o.Name.Contains(d.Name, StringComparison.Ordinal)))
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return new CheckedFigure(claimed, RecordVerdict.Unmatched);
        }

        if (candidates.Count > 1)
        {
            return new CheckedFigure(claimed, RecordVerdict.Unmatched, Candidates: candidates.Select(d => d.Name).Distinct().ToList());
        }

        var indicator = candidates[0];
        var value = await service.ComputeAsync(indicator.Id, organization, year, ct);
        var verdict = value.Figure is not { } figure ? RecordVerdict.NoRecord : figure.Value == claimed.Value ? RecordVerdict.Match : RecordVerdict.Differs;
        return new CheckedFigure(claimed, verdict, indicator.Id, value.Figure?.Text);
    }
}
