using System.Linq.Expressions;
using Dangjian.Core.Building;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Standardization checks (标准化规范化建设) of the year under the organization (<see cref="IndicatorDefinition.Filter"/>):
/// "checked" (self-checked), "accepted" (验收达标), "venue-below" (activity venue 阵地 not up to standard at the check). Counts only.
/// </summary>
public sealed class StandardizationSource() : RecordSource<StandardizationCheck>("standardization", "标准化建设记录"), IRowCountSource
{
    protected override Expression<Func<StandardizationCheck, int>> Owner => x => x.OrganizationId;

    public IQueryable<int>? CountedOrganizations(IndicatorDefinition d, IndicatorContext c) =>
        d.Kind == IndicatorKind.Count ? Select(d, c).Select(Owner) : null;

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<StandardizationCheck> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(x => x.Organization!.Path).ThenBy(x => x.Id)
            .Select(x => new { x.Id, x.SelfCheckedOn, x.VenueArea, x.VenueMeetsStandard, x.Accepted, Org = x.Organization!.Name }).ToListAsync(ct);
        return rows.Select(x => new RecordRef("standardization-check", x.Id, SourceFigures.Label(x.SelfCheckedOn,
            $"{x.Org} 自查（阵地{(x.VenueArea is { } a ? $"{a}平方米，" : "")}{(x.VenueMeetsStandard ? "达标" : "不达标")}；{Acceptance(x.Accepted)}）"), x.SelfCheckedOn)).ToList();
    }

    private static string Acceptance(bool? accepted) => accepted switch
    {
        true => "验收达标",
        false => "验收未达标",
        _ => "待验收",
    };

    protected override IQueryable<StandardizationCheck> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var path = c.Path;
        var year = c.Year;
        var checks = c.Db.StandardizationChecks.Where(x => x.Year == year).Under(x => x.Organization!.Path, path);
        return d.Filter switch
        {
            "checked" => checks,
            "accepted" => checks.Where(x => x.Accepted == true),
            "venue-below" => checks.Where(x => !x.VenueMeetsStandard),
            _ => throw new InvalidOperationException($"指标“{d.Name}”：未知的标准化建设口径“{d.Filter}”。"),
        };
    }
}
