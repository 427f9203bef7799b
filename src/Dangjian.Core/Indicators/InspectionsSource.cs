using Dangjian.Core.Figures;
using Dangjian.Core.Inspections;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Inspections (督查) started in the year (<see cref="IndicatorDefinition.Filter"/>: <see cref="InspectionKind"/> names,
/// empty: all; county tags such as 作风督查 and the inspecting organization's level/kind by <see cref="RecordFilters"/>); scope "own" (by the organization itself) or "subtree". <see cref="IndicatorDefinition.Field"/>: empty
/// counts inspections (次), "rounds" the different 轮次 (several inspection teams may share one round), "targets" the
/// organizations inspected (村次), "findings" the problems found.
/// </summary>
public sealed class InspectionsSource : IIndicatorSource
{
    public string Name => "inspections";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind != IndicatorKind.Count)
        {
            throw SourceFigures.Unsupported(d, "督查记录");
        }

        var inspections = Select(d, c);
        var n = d.Field switch
        {
            null or "" => await inspections.CountAsync(ct),
            "rounds" => await inspections.Select(i => new { i.OrganizationId, i.Year, i.Round }).Distinct().CountAsync(ct),
            "targets" => await (from i in inspections join t in c.Db.InspectionTargets on i.Id equals t.InspectionId select t).CountAsync(ct),
            "findings" => await Findings(inspections, c).CountAsync(ct),
            _ => throw SourceFigures.Unsupported(d, "督查记录"),
        };
        return SourceFigures.CountOrNull(n, d.Unit);
    }

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Field == "findings")
        {
            var findings = await Findings(Select(d, c), c).OrderBy(f => f.Inspection!.StartedOn).ThenBy(f => f.Id)
                .Select(f => new { f.Id, f.Inspection!.StartedOn, f.Description, Org = f.Organization!.Name }).ToListAsync(ct);
            return findings.Select(f => new RecordRef("finding", f.Id, SourceFigures.Label(f.StartedOn, $"{f.Org}：{f.Description}"), f.StartedOn)).ToList();
        }

        var rows = await Select(d, c).OrderBy(i => i.StartedOn).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.StartedOn, i.Kind, i.Round, i.Title, Targets = i.Targets.Count }).ToListAsync(ct);
        return rows.Select(i => new RecordRef("inspection", i.Id,
            SourceFigures.Label(i.StartedOn, $"第{i.Round}轮{InspectionLabels.Of(i.Kind)}：{i.Title}（{i.Targets}个党组织）"), i.StartedOn)).ToList();
    }

    private static IQueryable<Finding> Findings(IQueryable<Inspection> inspections, IndicatorContext c) =>
        from i in inspections
        join f in c.Db.Findings on i.Id equals f.InspectionId
        select f;

    private static IQueryable<Inspection> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var kinds = SourceFigures.Names<InspectionKind>(d.Filter);
        var id = c.Organization.Id;
        var path = c.Path;
        var inspections = c.Db.Inspections.Where(i => i.StartedOn >= c.From && i.StartedOn <= c.To).Filtered(d);
        if (kinds.Count > 0)
        {
            inspections = inspections.Where(i => kinds.Contains(i.Kind));
        }

        return d.Scope == "own" ? inspections.Where(i => i.OrganizationId == id) : inspections.Under(i => i.Organization!.Path, path);
    }
}
