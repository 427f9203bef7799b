using Dangjian.Core.Data;
using System.Linq.Expressions;
using Dangjian.Core.Building;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Demonstration titles (示范党支部, 样板党支部…) awarded in the year under the organization. <see cref="IndicatorDefinition.Filter"/>:
/// <see cref="TitleLevel"/> names ("County,City"), or parts separated by ";": "level=County,City" and "name=示范党支部,样板党支部"
/// (the county's title names). The count is in the unit the county's list gives the titles counted when they share one,
/// else in the indicator's unit.
/// </summary>
public sealed class TitlesSource() : RecordSource<DemonstrationTitle>("titles", "示范创建记录")
{
    protected override Expression<Func<DemonstrationTitle, int>> Owner => t => t.OrganizationId;

    /// <summary>Counted from one GROUP BY by level and title name, in the titles' own unit.</summary>
    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => null;

    protected override async Task<Figure?> OtherAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind != IndicatorKind.Count)
        {
            throw Unsupported(d);
        }

        var filter = TitleFilter.Parse(d.Filter);
        var rows = (await CountsAsync(c, ct)).Where(r => filter.Matches(r.Level, r.Name)).ToList();
        var units = rows.Select(r => r.Unit).Distinct().ToList();
        return SourceFigures.CountOrNull(rows.Sum(r => r.Count), units.Count == 1 ? units[0] : d.Unit);
    }

    private sealed record CountRow(TitleLevel Level, string Name, string Unit, int Count);

    /// <summary>Every title count of the report from one statement: the year's titles under the organization by level and title name.</summary>
    private static async Task<List<CountRow>> CountsAsync(IndicatorContext c, CancellationToken ct)
    {
        return await c.OnceAsync("titles", async () => await Counts.For(c.Db)(c.Db, c.Year, c.Path, Subtree.End(c.Path)).ToListAsync(ct));
    }

    // the subtree's range as Subtree.Under writes it: a compiled query's parameters must be plain values
    private static readonly CompiledPerModel<Func<AppDbContext, int, string, string, IAsyncEnumerable<CountRow>>> Counts =
        new(() => EF.CompileAsyncQuery((AppDbContext db, int year, string prefix, string end) => db.DemonstrationTitles
            .Where(t => t.Year == year && string.Compare(t.Organization!.Path, prefix) >= 0 && string.Compare(t.Organization.Path, end) < 0)
            .GroupBy(t => new { t.Level, t.TitleName!.Name, t.TitleName.Unit }).Select(g => new CountRow(g.Key.Level, g.Key.Name, g.Key.Unit, g.Count()))));

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<DemonstrationTitle> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(t => t.Organization!.Path).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.Year, Title = t.TitleName!.Name, Org = t.Organization!.Name }).ToListAsync(ct);
        return rows.Select(t => new RecordRef("demonstration-title", t.Id, $"{t.Org}：{t.Year}年{t.Title}")).ToList();
    }

    protected override IQueryable<DemonstrationTitle> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var filter = TitleFilter.Parse(d.Filter);
        var path = c.Path;
        var year = c.Year;
        var titles = c.Db.DemonstrationTitles.Where(t => t.Year == year).Under(t => t.Organization!.Path, path);
        if (filter.Levels.Count > 0)
        {
            titles = titles.Where(t => filter.Levels.Contains(t.Level));
        }

        return filter.Names.Count > 0 ? titles.Where(t => filter.Names.Contains(t.TitleName!.Name)) : titles;
    }
}

/// <summary>The levels and county title names a titles indicator counts (empty: all); an unknown part or level is refused in Chinese.</summary>
public sealed record TitleFilter(List<TitleLevel> Levels, List<string> Names)
{
    public bool Matches(TitleLevel level, string name) => (Levels.Count == 0 || Levels.Contains(level)) && (Names.Count == 0 || Names.Contains(name));

    public static TitleFilter Parse(string? filter)
    {
        var result = new TitleFilter([], []);
        foreach (var part in (filter ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (key, value) = part.IndexOf('=') is var at and > 0 ? (part[..at].Trim(), part[(at + 1)..]) : ("level", part);
            var values = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            result = key switch
            {
                "level" when values.Length > 0 => result with { Levels = [.. values.Select(v => Enum.TryParse<TitleLevel>(v, out var l) && Enum.IsDefined(l) && !int.TryParse(v, out _) ? l : throw Wrong(part))] },
                "name" when values.Length > 0 => result with { Names = [.. values] },
                _ => throw Wrong(part),
            };
        }

        return result;
    }

    private static InvalidOperationException Wrong(string part) =>
        new($"示范称号的筛选条件“{part}”无法识别：应为级别“County,City”，或“level=County”“name=本县称号名称”，以分号分隔。");
}
