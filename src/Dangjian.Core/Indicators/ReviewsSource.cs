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
/// Qualification reviews (任职资格联审) under the township: "reviewed" in the year, or "removed" (问题成员 cleared) in it.
/// Every kind of indicator counts them.
/// </summary>
public sealed class ReviewsSource() : RecordSource<QualificationReview>("reviews", "资格联审记录")
{
    protected override Expression<Func<QualificationReview, int>> Owner => r => r.OrganizationId;

    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => [Select(d, c).Select(Owner)];

    /// <summary>"removed": removed in the year; anything else: reviewed in the year.</summary>
    protected override IQueryable<QualificationReview> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var path = c.Path;
        var reviews = c.Db.QualificationReviews.Under(r => r.Organization!.Path, path);
        return d.Filter == "removed"
            ? reviews.Where(r => r.RemovedOn >= c.From && r.RemovedOn <= c.To)
            : reviews.Where(r => r.ReviewedOn >= c.From && r.ReviewedOn <= c.To);
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<QualificationReview> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(r => r.ReviewedOn).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.PersonName, r.ReviewedOn, r.Result, Org = r.Organization!.Name }).ToListAsync(ct);
        return rows.Select(r => new RecordRef("qualification-review", r.Id,
            SourceFigures.Label(r.ReviewedOn, $"{r.Org} {r.PersonName}（{CadreLabels.Of(r.Result)}）"), r.ReviewedOn)).ToList();
    }
}
