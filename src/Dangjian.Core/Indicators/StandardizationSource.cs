using Dangjian.Core.Building;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Standardization checks (标准化规范化建设) of the year under the organization (<see cref="IndicatorDefinition.Filter"/>):
/// "checked" (self-checked), "accepted" (验收达标), "venue-below" (activity venue 阵地 not up to standard at the check).
/// </summary>
public sealed class StandardizationSource : IIndicatorSource, IRowCountSource
{
    private static readonly string[] Filters = ["checked", "accepted", "venue-below"];

    public string Name => "standardization";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind != IndicatorKind.Count)
        {
            throw SourceFigures.Unsupported(d, "标准化建设记录");
        }

        _ = Select(d, c);
        var counts = await c.OnceAsync("standardization", () => MarkCounts.TotalsAsync(Filters.Select(f => Select(f, c)!.Select(x => x.OrganizationId)).ToList(), ct));
        return SourceFigures.CountOrNull(counts[Array.IndexOf(Filters, d.Filter)], d.Unit);
    }

    public IQueryable<int>? CountedOrganizations(IndicatorDefinition d, IndicatorContext c) =>
        d.Kind == IndicatorKind.Count ? Select(d, c).Select(x => x.OrganizationId) : null;

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(x => x.Organization!.Path).ThenBy(x => x.Id)
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

    private static IQueryable<StandardizationCheck> Select(IndicatorDefinition d, IndicatorContext c) =>
        Select(d.Filter, c) ?? throw new InvalidOperationException($"指标“{d.Name}”：未知的标准化建设口径“{d.Filter}”。");

    /// <summary>The checks a population counts; null for one the source does not know.</summary>
    private static IQueryable<StandardizationCheck>? Select(string? filter, IndicatorContext c)
    {
        var path = c.Path;
        var year = c.Year;
        var checks = c.Db.StandardizationChecks.Where(x => x.Year == year).Under(x => x.Organization!.Path, path);
        return filter switch
        {
            "checked" => checks,
            "accepted" => checks.Where(x => x.Accepted == true),
            "venue-below" => checks.Where(x => !x.VenueMeetsStandard),
            _ => null,
        };
    }
}
