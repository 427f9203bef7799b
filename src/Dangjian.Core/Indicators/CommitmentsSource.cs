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

    /// <summary>The populations a filter names (anything else: every commitment), in the order <see cref="CountsAsync"/> reads them.</summary>
    private static readonly string?[] Filters = [null, "secretary", "organization"];

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind is not (IndicatorKind.Count or IndicatorKind.Rate))
        {
            throw SourceFigures.Unsupported(d, "承诺事项");
        }

        var counts = await CountsAsync(c, ct);
        var at = 3 * Math.Max(0, Array.IndexOf(Filters, d.Filter));
        return d.Kind == IndicatorKind.Count
            ? SourceFigures.CountOrNull(counts[at], d.Unit)
            : Figure.Share(counts[at + 2], counts[at + 1]);
    }

    /// <summary>
    /// Every commitment figure from one statement, read once per organization and year: for each population, all of
    /// the year's commitments, those due by <see cref="IndicatorContext.AsOf"/> and those fulfilled when due.
    /// </summary>
    private static Task<int[]> CountsAsync(IndicatorContext c, CancellationToken ct) => c.OnceAsync("commitments", () =>
    {
        var sets = Filters.Select(f => Select(f, c))
            .SelectMany(all => new[] { all, all.Where(FulfilmentRate.IsDue(c.AsOf)), all.Where(FulfilmentRate.IsFulfilledWhenDue(c.AsOf)) })
            .Select(x => x.Select(commitment => commitment.OrganizationId)).ToList();
        return MarkCounts.TotalsAsync(sets, ct);
    });

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

    private static IQueryable<Commitment> Select(IndicatorDefinition d, IndicatorContext c) => Select(d.Filter, c);

    private static IQueryable<Commitment> Select(string? filter, IndicatorContext c)
    {
        var path = c.Path;
        var year = c.Year;
        var commitments = c.Db.Commitments.Where(x => x.Year == year).Under(x => x.Organization!.Path, path);
        return filter switch
        {
            "secretary" => commitments.Where(x => x.SecretaryName != null),
            "organization" => commitments.Where(x => x.SecretaryName == null),
            _ => commitments,
        };
    }
}
