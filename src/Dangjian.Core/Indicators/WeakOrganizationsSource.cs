using Dangjian.Core.Building;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Weak and lax organizations (软弱涣散党组织) under the organization (<see cref="IndicatorDefinition.Filter"/>):
/// "identified" by the year's screening, "converted" (整顿转化) in the year, "unconverted": identified in the year or
/// earlier and not converted on the year's end (today while it runs).
/// </summary>
public sealed class WeakOrganizationsSource : IIndicatorSource, IRowCountSource
{
    private static readonly string[] Filters = ["identified", "converted", "unconverted"];

    public string Name => "weak";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind != IndicatorKind.Count)
        {
            throw SourceFigures.Unsupported(d, "软弱涣散党组织记录");
        }

        _ = Select(d, c);
        var counts = await c.OnceAsync("weak", () => MarkCounts.TotalsAsync(Filters.Select(f => Select(f, c)!.Select(w => w.OrganizationId)).ToList(), ct));
        return SourceFigures.CountOrNull(counts[Array.IndexOf(Filters, d.Filter)], d.Unit);
    }

    public IQueryable<int>? CountedOrganizations(IndicatorDefinition d, IndicatorContext c) =>
        d.Kind == IndicatorKind.Count ? Select(d, c).Select(w => w.OrganizationId) : null;

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(w => w.ConfirmedOn).ThenBy(w => w.Id)
            .Select(w => new { w.Id, w.Year, w.ConfirmedOn, w.ConvertedOn, Org = w.Organization!.Name }).ToListAsync(ct);
        return rows.Select(w => new RecordRef("weak-organization", w.Id,
            $"{w.Org}（{w.Year}年确定，{(w.ConvertedOn is { } on && on <= c.AsOf ? $"{on:yyyy-MM-dd}完成整顿转化" : "尚未完成整顿转化")}）", w.ConfirmedOn)).ToList();
    }

    private static IQueryable<WeakOrganization> Select(IndicatorDefinition d, IndicatorContext c) =>
        Select(d.Filter, c) ?? throw new InvalidOperationException($"指标“{d.Name}”：未知的软弱涣散党组织口径“{d.Filter}”。");

    /// <summary>The records a population counts; null for one the source does not know.</summary>
    private static IQueryable<WeakOrganization>? Select(string? filter, IndicatorContext c)
    {
        var path = c.Path;
        var (year, from, to, asOf) = (c.Year, c.From, c.To, c.AsOf);
        var weak = c.Db.WeakOrganizations.Under(w => w.Organization!.Path, path);
        return filter switch
        {
            "identified" => weak.Where(w => w.Year == year),
            "converted" => weak.Where(w => w.ConvertedOn >= from && w.ConvertedOn <= to),
            "unconverted" => weak.Where(w => w.Year <= year && w.ConfirmedOn <= asOf && (w.ConvertedOn == null || w.ConvertedOn > asOf)),
            _ => null,
        };
    }
}
