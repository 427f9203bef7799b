using Dangjian.Core.Bulletins;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>Bulletins (督查通报) issued for the year (numbered 期; drafts do not count); scope "own" or "subtree".</summary>
public sealed class BulletinsSource : IIndicatorSource
{
    public string Name => "bulletins";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) => d.Kind == IndicatorKind.Count
        ? SourceFigures.CountOrNull(await Select(d, c).CountAsync(ct), d.Unit)
        : throw SourceFigures.Unsupported(d, "督查通报");

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(b => b.Number).ThenBy(b => b.Id)
            .Select(b => new { b.Id, b.Year, b.Number, b.IssuedOn, b.Title, Org = b.Organization!.Name }).ToListAsync(ct);
        return rows.Select(b => new RecordRef("bulletin", b.Id, $"{b.Org} {b.Year}年第{b.Number}期：{b.Title}", b.IssuedOn)).ToList();
    }

    private static IQueryable<Bulletin> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var id = c.Organization.Id;
        var path = c.Path;
        var year = c.Year;
        var bulletins = c.Db.Bulletins.Where(b => b.Year == year && b.Number != null);
        return d.Scope == "own" ? bulletins.Where(b => b.OrganizationId == id) : bulletins.Under(b => b.Organization!.Path, path);
    }
}
