using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Meetings;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reports.Check;

/// <summary>
/// Everything a county's report could count for a township: the built-in indicators, the county's own, and one indicator for
/// each county statistic (the sum of the values entered, "statistic.CODE") and each county category (its records counted in
/// its unit, "category.Family.CODE") that no county indicator reads already. The checker matches figures the template does
/// not print against it, and the figure page shows the records behind any of its ids.
/// </summary>
public static class CountyCatalog
{
    /// <summary>The indicator service over the county's whole catalog, to compute any of its figures and list the records behind it.</summary>
    public static async Task<IndicatorService> IndicatorsAsync(AppDbContext db, Organization organization, DateOnly today, CancellationToken ct = default) =>
        new(db, await ForAsync(db, organization, ct), today);

    public static async Task<IndicatorCatalog> ForAsync(AppDbContext db, Organization organization, CancellationToken ct = default)
    {
        var template = await ReportComposer.TemplateAsync(organization, db, ct);
        var county = template.Indicators ?? [];
        // Only the committees above the organization: the CLI reads the database unscoped, so another county's rows are visible there.
        var above = OrgPaths.Ancestors(organization.Path);
        var statistics = await db.YearlyStatistics.AsNoTracking().Where(s => above.Contains(s.OrganizationId))
            .Select(s => new { s.Code, s.Name, s.Unit, s.Definition }).ToListAsync(ct);
        var tags = await db.RecordTags.AsNoTracking().Where(t => above.Contains(t.OrganizationId)).Select(t => new { t.Family, t.Code, t.Name, t.Unit }).ToListAsync(ct);
        var extra = statistics.Where(s => !county.Any(d => d.Source == "statistics" && d.Filter == s.Code))
            .Select(s => new IndicatorDefinition
            {
                Id = "statistic." + s.Code, Name = s.Name, Unit = s.Unit, Source = "statistics", Kind = IndicatorKind.Sum, Filter = s.Code, Definition = s.Definition,
            })
            .Concat(tags.Select(t => (Tag: t, Source: CategoryRules.FamilyOfSource.First(f => f.Value == t.Family).Key))
                .Where(t => !county.Any(d => d.Source == t.Source && d.Tag == t.Tag.Code))
                .Select(t => new IndicatorDefinition
                {
                    Id = $"category.{t.Tag.Family}.{t.Tag.Code}", Name = t.Tag.Name, Unit = t.Tag.Unit, Source = t.Source, Kind = IndicatorKind.Count, Tag = t.Tag.Code,
                }));
        return IndicatorCatalog.Builtin.With(county).With(extra);
    }
}
