using Dangjian.Core.Cadres;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>Qualification reviews (任职资格联审) under the township: "reviewed" in the year, or "removed" (问题成员 cleared) in it.</summary>
public sealed class ReviewsSource : IIndicatorSource
{
    public string Name => "reviews";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) =>
        SourceFigures.CountOrNull((await c.OnceAsync("reviews", () => MarkCounts.TotalsAsync(
            [Population(null, c).Select(r => r.OrganizationId), Population("removed", c).Select(r => r.OrganizationId)], ct)))[d.Filter == "removed" ? 1 : 0], d.Unit);

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(r => r.ReviewedOn).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.PersonName, r.ReviewedOn, r.Result, Org = r.Organization!.Name }).ToListAsync(ct);
        return rows.Select(r => new RecordRef("qualification-review", r.Id,
            SourceFigures.Label(r.ReviewedOn, $"{r.Org} {r.PersonName}（{CadreLabels.Of(r.Result)}）"), r.ReviewedOn)).ToList();
    }

    private static IQueryable<QualificationReview> Select(IndicatorDefinition d, IndicatorContext c) => Population(d.Filter, c);

    /// <summary>"removed": removed in the year; anything else: reviewed in the year. Both counts of a report come from one statement.</summary>
    private static IQueryable<QualificationReview> Population(string? filter, IndicatorContext c)
    {
        var path = c.Path;
        var reviews = c.Db.QualificationReviews.Under(r => r.Organization!.Path, path);
        return filter == "removed"
            ? reviews.Where(r => r.RemovedOn >= c.From && r.RemovedOn <= c.To)
            : reviews.Where(r => r.ReviewedOn >= c.From && r.ReviewedOn <= c.To);
    }
}
