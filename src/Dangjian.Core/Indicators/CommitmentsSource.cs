using Dangjian.Core.Commitments;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Public commitments (承诺事项) of the year under the organization (<see cref="IndicatorDefinition.Filter"/>: "secretary"
/// for 书记承诺, "organization" for the organizations' own, empty: all). Count, or the fulfilment rate (履诺率) by the
/// <see cref="FulfilmentRate"/> rule on the year's end (today while the year runs); its records are the commitments due.
/// </summary>
public sealed class CommitmentsSource : IIndicatorSource
{
    public string Name => "commitments";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var commitments = Select(d, c);
        switch (d.Kind)
        {
            case IndicatorKind.Count:
                return SourceFigures.CountOrNull(await commitments.CountAsync(ct), d.Unit);
            case IndicatorKind.Rate:
                var due = await commitments.CountAsync(FulfilmentRate.IsDue(c.AsOf), ct);
                var fulfilled = await commitments.CountAsync(FulfilmentRate.IsFulfilledWhenDue(c.AsOf), ct);
                return Figure.Share(fulfilled, due);
            default:
                throw SourceFigures.Unsupported(d, "承诺事项");
        }
    }

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var commitments = d.Kind == IndicatorKind.Rate ? Select(d, c).Where(FulfilmentRate.IsDue(c.AsOf)) : Select(d, c);
        var rows = await commitments.OrderBy(x => x.DueOn).ThenBy(x => x.Id)
            .Select(x => new { x.Id, x.Content, x.DueOn, x.FulfilledOn, x.SecretaryName, Org = x.Organization!.Name }).ToListAsync(ct);
        return rows.Select(x => new RecordRef("commitment", x.Id,
            $"{x.Org}{(x.SecretaryName is { } s ? $" 书记{s}" : "")}：{x.Content}（{x.DueOn:yyyy-MM-dd}前，{State(x.FulfilledOn, c.AsOf)}）", x.DueOn)).ToList();
    }

    private static string State(DateOnly? fulfilledOn, DateOnly asOf) =>
        fulfilledOn is { } on && on <= asOf ? $"{on:yyyy-MM-dd}兑现" : "未兑现";

    private static IQueryable<Commitment> Select(IndicatorDefinition d, IndicatorContext c)
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
