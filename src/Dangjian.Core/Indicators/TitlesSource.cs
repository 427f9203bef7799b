using Dangjian.Core.Building;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>Demonstration titles (示范党支部, 样板党支部…) awarded in the year under the organization, by level (<see cref="IndicatorDefinition.Filter"/>: <see cref="TitleLevel"/> names).</summary>
public sealed class TitlesSource : IIndicatorSource
{
    public string Name => "titles";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind != IndicatorKind.Count)
        {
            throw SourceFigures.Unsupported(d, "示范创建记录");
        }

        var levels = SourceFigures.Names<TitleLevel>(d.Filter);
        return SourceFigures.CountOrNull((await LevelsAsync(c, ct)).Where(r => levels.Count == 0 || levels.Contains(r.Level)).Sum(r => r.Count), d.Unit);
    }

    private sealed record LevelRow(TitleLevel Level, int Count);

    /// <summary>Every title count of the report from one statement: the year's titles under the organization by level.</summary>
    private static async Task<List<LevelRow>> LevelsAsync(IndicatorContext c, CancellationToken ct)
    {
        return await c.OnceAsync("titles", async () =>
        {
            var year = c.Year;
            return await c.Db.DemonstrationTitles.Where(t => t.Year == year).Under(t => t.Organization!.Path, c.Path)
                .GroupBy(t => t.Level).Select(g => new LevelRow(g.Key, g.Count())).ToListAsync(ct);
        });
    }

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(t => t.Organization!.Path).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.Year, t.Title, Org = t.Organization!.Name }).ToListAsync(ct);
        return rows.Select(t => new RecordRef("demonstration-title", t.Id, $"{t.Org}：{t.Year}年{t.Title}")).ToList();
    }

    private static IQueryable<DemonstrationTitle> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var levels = SourceFigures.Names<TitleLevel>(d.Filter);
        var path = c.Path;
        var year = c.Year;
        var titles = c.Db.DemonstrationTitles.Where(t => t.Year == year).Under(t => t.Organization!.Path, path);
        return levels.Count > 0 ? titles.Where(t => levels.Contains(t.Level)) : titles;
    }
}
