using System.Linq.Expressions;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Members of the subtree (<see cref="IndicatorDefinition.Filter"/>): "developed" (admitted as probationary in the year),
/// "converted" (转正 in the year), "probationary" (still probationary), "total" (on the rolls, admitted by the year's end).
/// </summary>
public sealed class MembersSource() : RecordSource<Member>("members", "党员记录"), IRowCountSource
{
    protected override Expression<Func<Member, int>> Owner => m => m.OrganizationId;

    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => d.Kind == IndicatorKind.Count
        ? [Select(d, c).Select(Owner)]
        : throw new InvalidOperationException($"指标“{d.Name}”：党员记录只支持计数。");

    public IQueryable<int>? CountedOrganizations(IndicatorDefinition d, IndicatorContext c) =>
        d.Kind == IndicatorKind.Count ? Select(d, c).Select(Owner) : null;

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<Member> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(m => m.JoinedOn).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Name, m.JoinedOn, m.ConvertedOn, m.Status, Org = m.Organization!.Name }).ToListAsync(ct);
        return rows.Select(m => new RecordRef("member", m.Id,
            $"{m.Name}（{m.Org}，{m.JoinedOn:yyyy-MM-dd}入党{(m.ConvertedOn is { } on ? $"，{on:yyyy-MM-dd}转正" : "")}）", m.JoinedOn)).ToList();
    }

    protected override IQueryable<Member> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var path = c.Path;
        var members = c.Db.Members.Under(m => m.Organization!.Path, path);
        return d.Filter switch
        {
            "developed" => members.Where(m => m.JoinedOn >= c.From && m.JoinedOn <= c.To),
            "converted" => members.Where(m => m.ConvertedOn >= c.From && m.ConvertedOn <= c.To),
            "probationary" => members.Where(m => m.Status == MemberStatus.Probationary && m.State == MemberState.Active && m.JoinedOn <= c.To),
            "total" => members.Where(m => m.State == MemberState.Active && m.JoinedOn <= c.To),
            _ => throw new InvalidOperationException($"指标“{d.Name}”：未知的党员口径“{d.Filter}”。"),
        };
    }
}
