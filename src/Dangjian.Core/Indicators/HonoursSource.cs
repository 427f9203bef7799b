using System.Linq.Expressions;
using Dangjian.Core.Building;
using Dangjian.Core.Figures;
using Dangjian.Core.Building.Honours;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Honours (表彰) conferred in the year on organizations under the organization or their people. The
/// <see cref="IndicatorDefinition.Filter"/> narrows by parts separated by ";": "level=City,Province" (<see cref="TitleLevel"/>
/// names), "target=Organization" or "target=Individual" (titles are the titles source's), "name=优秀共产党员,优秀党务工作者" (the county's honour names).
/// </summary>
public sealed class HonoursSource() : RecordSource<Honour>("honours", "表彰记录")
{
    protected override Expression<Func<Honour, int>> Owner => h => h.OrganizationId;

    /// <summary>Counted in the honour names' unit, which a row count does not carry.</summary>
    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => null;

    /// <summary>Counted in the honour names' own unit when every counted honour's name has the same one (面 for 流动红旗), else in the indicator's.</summary>
    protected override async Task<Figure?> OtherAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind != IndicatorKind.Count)
        {
            throw Unsupported(d);
        }

        var units = await Select(d, c).GroupBy(h => h.HonourName!.Unit).Select(g => new { Unit = g.Key, Count = g.Count() }).ToListAsync(ct);
        return SourceFigures.CountOrNull(units.Sum(u => u.Count), units.Count == 1 ? units[0].Unit : d.Unit);
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<Honour> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(h => h.ConferredOn).ThenBy(h => h.Id)
            .Select(h => new { h.Id, h.ConferredOn, h.Level, Name = h.HonourName!.Name, Org = h.Organization!.Name, Person = h.Member != null ? h.Member.Name : h.PersonName })
            .ToListAsync(ct);
        return rows.Select(h => new RecordRef("honour", h.Id,
            SourceFigures.Label(h.ConferredOn, $"{(h.Person is null ? h.Org : $"{h.Person}（{h.Org}）")}：{TitleLevels.Of(h.Level)}{h.Name}"), h.ConferredOn)).ToList();
    }

    protected override IQueryable<Honour> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var filter = HonourFilter.Parse(d.Filter);
        var path = c.Path;
        var honours = c.Db.Honours.Where(h => h.ConferredOn >= c.From && h.ConferredOn <= c.To).Under(h => h.Organization!.Path, path);
        if (filter.Levels.Count > 0)
        {
            honours = honours.Where(h => filter.Levels.Contains(h.Level));
        }

        if (filter.Target is { } target)
        {
            honours = honours.Where(h => h.HonourName!.Target == target);
        }

        return filter.Names.Count > 0 ? honours.Where(h => filter.Names.Contains(h.HonourName!.Name)) : honours;
    }
}

/// <summary>The parts of an honours indicator's filter; an unknown part or value is refused in Chinese.</summary>
public sealed record HonourFilter(List<TitleLevel> Levels, HonourTarget? Target, List<string> Names)
{
    public static HonourFilter Parse(string? filter)
    {
        var result = new HonourFilter([], null, []);
        foreach (var part in (filter ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (key, value) = part.IndexOf('=') is var at and > 0 ? (part[..at].Trim(), part[(at + 1)..]) : (part, "");
            var values = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            result = key switch
            {
                "level" => result with { Levels = values.Select(v => Enum.TryParse<TitleLevel>(v, out var l) && Enum.IsDefined(l) ? l : throw Wrong(part)).ToList() },
                "target" when values.Length == 1 && Enum.TryParse<HonourTarget>(values[0], out var t) && t is HonourTarget.Organization or HonourTarget.Individual => result with { Target = t },
                "name" when values.Length > 0 => result with { Names = [.. values] },
                _ => throw Wrong(part),
            };
        }

        return result;
    }

    private static InvalidOperationException Wrong(string part) =>
        new($"表彰的筛选条件“{part}”无法识别：应为“level=County,City”“target=Organization 或 Individual”“name=表彰名称”，以分号分隔。");
}
