using System.Linq.Expressions;
using Dangjian.Core.Building;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Weak and lax organizations (软弱涣散党组织) under the organization (<see cref="IndicatorDefinition.Filter"/>):
/// "identified" by the year's screening, "converted" (整顿转化) in the year, "unconverted": identified in the year or
/// earlier and not converted on the year's end (today while it runs). Counts only.
/// </summary>
public sealed class WeakOrganizationsSource() : RecordSource<WeakOrganization>("weak", "软弱涣散党组织记录"), IRowCountSource
{
    protected override Expression<Func<WeakOrganization, int>> Owner => w => w.OrganizationId;

    public IQueryable<int>? CountedOrganizations(IndicatorDefinition d, IndicatorContext c) =>
        d.Kind == IndicatorKind.Count ? Select(d, c).Select(Owner) : null;

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<WeakOrganization> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(w => w.ConfirmedOn).ThenBy(w => w.Id)
            .Select(w => new { w.Id, w.Year, w.ConfirmedOn, w.ConvertedOn, Org = w.Organization!.Name }).ToListAsync(ct);
        return rows.Select(w => new RecordRef("weak-organization", w.Id,
            $"{w.Org}（{w.Year}年确定，{(w.ConvertedOn is { } on && on <= c.AsOf ? $"{on:yyyy-MM-dd}完成整顿转化" : "尚未完成整顿转化")}）", w.ConfirmedOn)).ToList();
    }

    protected override IQueryable<WeakOrganization> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var path = c.Path;
        var (year, from, to, asOf) = (c.Year, c.From, c.To, c.AsOf);
        var weak = c.Db.WeakOrganizations.Under(w => w.Organization!.Path, path);
        return d.Filter switch
        {
            "identified" => weak.Where(w => w.Year == year),
            "converted" => weak.Where(w => w.ConvertedOn >= from && w.ConvertedOn <= to),
            "unconverted" => weak.Where(w => w.Year <= year && w.ConfirmedOn <= asOf && (w.ConvertedOn == null || w.ConvertedOn > asOf)),
            _ => throw new InvalidOperationException($"指标“{d.Name}”：未知的软弱涣散党组织口径“{d.Filter}”。"),
        };
    }
}
