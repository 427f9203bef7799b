using System.Linq.Expressions;
using Dangjian.Core.Loop.Bulletins;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>Bulletins (督查通报) issued for the year (numbered 期; drafts do not count); scope "own" or "subtree".</summary>
public sealed class BulletinsSource() : RecordSource<Bulletin>("bulletins", "督查通报")
{
    protected override Expression<Func<Bulletin, int>> Owner => b => b.OrganizationId;

    protected override IQueryable<Bulletin> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var year = c.Year;
        return Scoped(c.Db.Bulletins.Where(b => b.Year == year && b.Number != null), d, c, b => b.Organization!.Path);
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<Bulletin> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(b => b.Number).ThenBy(b => b.Id)
            .Select(b => new { b.Id, b.Year, b.Number, b.IssuedOn, b.Title, Org = b.Organization!.Name }).ToListAsync(ct);
        return rows.Select(b => new RecordRef("bulletin", b.Id, $"{b.Org} {b.Year}年第{b.Number}期：{b.Title}", b.IssuedOn)).ToList();
    }
}
