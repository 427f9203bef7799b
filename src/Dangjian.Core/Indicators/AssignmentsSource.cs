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
/// Assignments (选派) to organizations under the township, by kind (<see cref="IndicatorDefinition.Filter"/>:
/// <see cref="AssignmentKind"/> names). Field "started": sent during the year ("选派3名专职村书记"); otherwise in post
/// at some time in the year (在岗第一书记). Counts only.
/// </summary>
public sealed class AssignmentsSource() : RecordSource<Assignment>("assignments", "选派记录")
{
    protected override Expression<Func<Assignment, int>> Owner => a => a.OrganizationId;

    protected override IQueryable<Assignment> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var kinds = SourceFigures.Names<AssignmentKind>(d.Filter);
        var (path, from, to) = (c.Path, c.From, c.To);
        var rows = c.Db.Assignments.Under(a => a.Organization!.Path, path);
        rows = d.Field == "started"
            ? rows.Where(a => a.StartedOn >= from && a.StartedOn <= to)
            : rows.Where(a => a.StartedOn <= to && (a.EndedOn == null || a.EndedOn >= from));
        return kinds.Count > 0 ? rows.Where(a => kinds.Contains(a.Kind)) : rows;
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<Assignment> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(a => a.StartedOn).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.StartedOn, a.Kind, a.PersonName, a.DispatchingUnit, Org = a.Organization!.Name }).ToListAsync(ct);
        return rows.Select(a => new RecordRef("assignment", a.Id,
            SourceFigures.Label(a.StartedOn, $"{a.Org} {CadreLabels.Of(a.Kind)} {a.PersonName}（{a.DispatchingUnit}）"), a.StartedOn)).ToList();
    }
}
