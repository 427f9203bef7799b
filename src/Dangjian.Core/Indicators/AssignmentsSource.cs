using Dangjian.Core.Cadres;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Assignments (选派) to organizations under the township, by kind (<see cref="IndicatorDefinition.Filter"/>:
/// <see cref="AssignmentKind"/> names). Field "started": sent during the year ("选派3名专职村书记"); otherwise in post
/// at some time in the year (在岗第一书记).
/// </summary>
public sealed class AssignmentsSource : IIndicatorSource
{
    public string Name => "assignments";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) => d.Kind == IndicatorKind.Count
        ? SourceFigures.CountOrNull(await Select(d, c).CountAsync(ct), d.Unit)
        : throw SourceFigures.Unsupported(d, "选派记录");

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(a => a.StartedOn).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.StartedOn, a.Kind, a.PersonName, a.DispatchingUnit, Org = a.Organization!.Name }).ToListAsync(ct);
        return rows.Select(a => new RecordRef("assignment", a.Id,
            SourceFigures.Label(a.StartedOn, $"{a.Org} {CadreLabels.Of(a.Kind)} {a.PersonName}（{a.DispatchingUnit}）"), a.StartedOn)).ToList();
    }

    private static IQueryable<Assignment> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var kinds = SourceFigures.Names<AssignmentKind>(d.Filter);
        var (path, from, to) = (c.Path, c.From, c.To);
        var rows = c.Db.Assignments.Under(a => a.Organization!.Path, path);
        rows = d.Field == "started"
            ? rows.Where(a => a.StartedOn >= from && a.StartedOn <= to)
            : rows.Where(a => a.StartedOn <= to && (a.EndedOn == null || a.EndedOn >= from));
        return kinds.Count > 0 ? rows.Where(a => kinds.Contains(a.Kind)) : rows;
    }
}
