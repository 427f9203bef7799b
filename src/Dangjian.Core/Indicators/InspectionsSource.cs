using System.Linq.Expressions;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Inspections (督查) started in the year (<see cref="IndicatorDefinition.Filter"/>: <see cref="InspectionKind"/> names,
/// empty: all; county tags such as 作风督查 and the inspecting organization's level/kind by <see cref="RecordFilters"/>); scope "own" (by the organization itself) or "subtree". <see cref="IndicatorDefinition.Field"/>: empty
/// counts inspections (次), "rounds" the different 轮次 (several inspection teams may share one round), "targets" the
/// organizations inspected (村次), "findings" the problems found.
/// </summary>
public sealed class InspectionsSource() : RecordSource<Inspection>("inspections", "督查记录")
{
    protected override Expression<Func<Inspection, int>> Owner => i => i.OrganizationId;

    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c)
    {
        if (d.Kind != IndicatorKind.Count)
        {
            return null;
        }

        var inspections = Select(d, c);
        return d.Field switch
        {
            null or "" => [inspections.Select(Owner)],
            "rounds" => [inspections.Select(i => new { i.OrganizationId, i.Year, i.Round }).Distinct().Select(r => r.OrganizationId)],
            "targets" => [from i in inspections join t in c.Db.InspectionTargets on i.Id equals t.InspectionId select t.OrganizationId],
            "findings" => [Findings(inspections, c).Select(f => f.OrganizationId)],
            _ => null,
        };
    }

    public override async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Field != "findings")
        {
            return await base.RecordsAsync(d, c, ct);
        }

        var findings = await Findings(Select(d, c), c).OrderBy(f => f.Inspection!.StartedOn).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.Inspection!.StartedOn, f.Description, Org = f.Organization!.Name }).ToListAsync(ct);
        return findings.Select(f => new RecordRef("finding", f.Id, SourceFigures.Label(f.StartedOn, $"{f.Org}：{f.Description}"), f.StartedOn)).ToList();
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<Inspection> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(i => i.StartedOn).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.StartedOn, i.Kind, i.Round, i.Title, Targets = i.Targets.Count }).ToListAsync(ct);
        return rows.Select(i => new RecordRef("inspection", i.Id,
            SourceFigures.Label(i.StartedOn, $"第{i.Round}轮{InspectionLabels.Of(i.Kind)}：{i.Title}（{i.Targets}个党组织）"), i.StartedOn)).ToList();
    }

    private static IQueryable<Finding> Findings(IQueryable<Inspection> inspections, IndicatorContext c) =>
        from i in inspections
        join f in c.Db.Findings on i.Id equals f.InspectionId
        select f;

    protected override IQueryable<Inspection> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var kinds = SourceFigures.Names<InspectionKind>(d.Filter);
        var inspections = c.Db.Inspections.Where(i => i.StartedOn >= c.From && i.StartedOn <= c.To).Filtered(d);
        if (kinds.Count > 0)
        {
            inspections = inspections.Where(i => kinds.Contains(i.Kind));
        }

        return Scoped(inspections, d, c, i => i.Organization!.Path);
    }
}
