using System.Linq.Expressions;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Leaders' visits to their contact points in the year (<see cref="IndicatorDefinition.Filter"/>: <see cref="VisitKind"/>
/// names, "Lecture" for 到包抓村上党课). Scope "secretary": visits to the township secretary's own contact points. Counts only.
/// </summary>
public sealed class ContactVisitsSource() : RecordSource<ContactVisit>("contact-visits", "联系点走访记录")
{
    protected override Expression<Func<ContactVisit, int>> Owner => v => v.ContactPoint!.OrganizationId;

    protected override IQueryable<ContactVisit> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var kinds = SourceFigures.Names<VisitKind>(d.Filter);
        var (path, from, to) = (c.Path, c.From, c.To);
        var rows = c.Db.ContactVisits.Under(v => v.ContactPoint!.Organization!.Path, path).Where(v => v.VisitedOn >= from && v.VisitedOn <= to);
        if (kinds.Count > 0)
        {
            rows = rows.Where(v => kinds.Contains(v.Kind));
        }

        return d.Scope == "secretary"
            ? rows.Where(v => v.ContactPoint!.LeaderUserId != null && ContactPointsSource.Secretaries(c).Contains(v.ContactPoint.LeaderUserId.Value))
            : rows;
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<ContactVisit> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(v => v.VisitedOn).ThenBy(v => v.Id)
            .Select(v => new { v.Id, v.VisitedOn, v.Kind, v.Activity, v.ContactPoint!.LeaderName, Org = v.ContactPoint.Organization!.Name }).ToListAsync(ct);
        return rows.Select(v => new RecordRef("contact-visit", v.Id,
            SourceFigures.Label(v.VisitedOn, $"{v.LeaderName}到{v.Org}{GuidanceLabels.Of(v.Kind)}：{v.Activity}"), v.VisitedOn)).ToList();
    }
}
