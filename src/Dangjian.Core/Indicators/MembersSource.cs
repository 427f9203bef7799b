using Dangjian.Core.Figures;
using Dangjian.Core.People;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Members of the subtree (<see cref="IndicatorDefinition.Filter"/>): "developed" (admitted as probationary in the year),
/// "converted" (转正 in the year), "probationary" (still probationary), "total" (on the rolls, admitted by the year's end).
/// </summary>
public sealed class MembersSource : IIndicatorSource, IRowCountSource
{
    private static readonly string[] Filters = ["developed", "converted", "probationary", "total"];

    public string Name => "members";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind != IndicatorKind.Count)
        {
            throw new InvalidOperationException($"指标“{d.Name}”：党员记录只支持计数。");
        }

        _ = Select(d, c);
        var counts = await c.OnceAsync("members", () => MarkCounts.TotalsAsync(Filters.Select(f => Select(f, c)!.Select(m => m.OrganizationId)).ToList(), ct));
        return SourceFigures.CountOrNull(counts[Array.IndexOf(Filters, d.Filter)], d.Unit);
    }

    public IQueryable<int>? CountedOrganizations(IndicatorDefinition d, IndicatorContext c) =>
        d.Kind == IndicatorKind.Count ? Select(d, c).Select(m => m.OrganizationId) : null;

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(m => m.JoinedOn).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Name, m.JoinedOn, m.ConvertedOn, m.Status, Org = m.Organization!.Name }).ToListAsync(ct);
        return rows.Select(m => new RecordRef("member", m.Id,
            $"{m.Name}（{m.Org}，{m.JoinedOn:yyyy-MM-dd}入党{(m.ConvertedOn is { } on ? $"，{on:yyyy-MM-dd}转正" : "")}）", m.JoinedOn)).ToList();
    }

    private static IQueryable<Member> Select(IndicatorDefinition d, IndicatorContext c) =>
        Select(d.Filter, c) ?? throw new InvalidOperationException($"指标“{d.Name}”：未知的党员口径“{d.Filter}”。");

    /// <summary>The members a population counts; null for one the source does not know.</summary>
    private static IQueryable<Member>? Select(string? filter, IndicatorContext c)
    {
        var path = c.Path;
        var members = c.Db.Members.Under(m => m.Organization!.Path, path);
        return filter switch
        {
            "developed" => members.Where(m => m.JoinedOn >= c.From && m.JoinedOn <= c.To),
            "converted" => members.Where(m => m.ConvertedOn >= c.From && m.ConvertedOn <= c.To),
            "probationary" => members.Where(m => m.Status == MemberStatus.Probationary && m.State == MemberState.Active && m.JoinedOn <= c.To),
            "total" => members.Where(m => m.State == MemberState.Active && m.JoinedOn <= c.To),
            _ => null,
        };
    }
}
