using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Public commitments (承诺事项) of the year under the organization (<see cref="IndicatorDefinition.Filter"/>: "secretary"
/// for 书记承诺, "organization" for the organizations' own, empty: all). Count, or the fulfilment rate (履诺率) by the
/// <see cref="FulfilmentRate"/> rule on the year's end (today while the year runs); its records are the commitments due.
/// Any other filter reads every commitment.
/// </summary>
public sealed class CommitmentsSource() : RecordSource<Commitment>("commitments", "承诺事项")
{
    protected override Expression<Func<Commitment, int>> Owner => x => x.OrganizationId;

    /// <summary>A count's commitments; for the rate those due by <see cref="IndicatorContext.AsOf"/>, then those of them fulfilled when due.</summary>
    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => d.Kind switch
    {
        IndicatorKind.Count => [Select(d, c).Select(Owner)],
        IndicatorKind.Rate => [Select(d, c).Where(FulfilmentRate.IsDue(c.AsOf)).Select(Owner), Select(d, c).Where(FulfilmentRate.IsFulfilledWhenDue(c.AsOf)).Select(Owner)],
        _ => null,
    };

    public override Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) =>
        ListAsync(d.Kind == IndicatorKind.Rate ? Select(d, c).Where(FulfilmentRate.IsDue(c.AsOf)) : Select(d, c), d, c, ct);

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<Commitment> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(x => x.DueOn).ThenBy(x => x.Id)
            .Select(x => new { x.Id, x.Content, x.DueOn, x.FulfilledOn, x.SecretaryName, Org = x.Organization!.Name }).ToListAsync(ct);
        return rows.Select(x => new RecordRef("commitment", x.Id,
            $"{x.Org}{(x.SecretaryName is { } s ? $" 书记{s}" : "")}：{x.Content}（{x.DueOn:yyyy-MM-dd}前，{State(x.FulfilledOn, c.AsOf)}）", x.DueOn)).ToList();
    }

    private static string State(DateOnly? fulfilledOn, DateOnly asOf) =>
        fulfilledOn is { } on && on <= asOf ? $"{on:yyyy-MM-dd}兑现" : "未兑现";

    protected override IQueryable<Commitment> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var path = c.Path;
        var year = c.Year;
        var commitments = c.Db.Commitments.Where(x => x.Year == year).Under(x => x.Organization!.Path, path);
        return d.Filter switch
        {
            "secretary" => commitments.Where(x => x.SecretaryName != null),
            "organization" => commitments.Where(x => x.SecretaryName == null),
            _ => commitments,
        };
    }
}
