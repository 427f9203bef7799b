using Dangjian.Core.Accountability;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>Accountability cases (问责) decided in the year, one person each (人次); scope "own" or "subtree".</summary>
public sealed class AccountabilitySource : IIndicatorSource
{
    public string Name => "accountability";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) => d.Kind == IndicatorKind.Count
        ? SourceFigures.CountOrNull(await Select(d, c).CountAsync(ct), d.Unit)
        : throw SourceFigures.Unsupported(d, "问责记录");

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(a => a.DecidedOn).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.DecidedOn, a.PersonName, a.Measure, Org = a.Organization!.Name }).ToListAsync(ct);
        return rows.Select(a => new RecordRef("accountability-case", a.Id, SourceFigures.Label(a.DecidedOn, $"{a.Org} {a.PersonName}（{a.Measure}）"), a.DecidedOn)).ToList();
    }

    private static IQueryable<AccountabilityCase> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var id = c.Organization.Id;
        var path = c.Path;
        var cases = c.Db.AccountabilityCases.Where(a => a.DecidedOn >= c.From && a.DecidedOn <= c.To);
        return d.Scope == "own" ? cases.Where(a => a.OrganizationId == id) : cases.Under(a => a.Organization!.Path, path);
    }
}
