using System.Linq.Expressions;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Talks (约谈) held in the year (<see cref="IndicatorDefinition.Filter"/>: <see cref="TalkTarget"/> names, empty: all).
/// Scope "own": held by the organization itself; "subtree": anywhere below. Count of talks (a collective talk is one),
/// or the sum of "people" (人次). Talks carry no round: a county counting 轮 records one (collective) talk per round.
/// </summary>
public sealed class TalksSource() : RecordSource<Talk>("talks", "约谈记录")
{
    protected override Expression<Func<Talk, int>> Owner => t => t.OrganizationId;

    /// <summary>Counts and sums come from one GROUP BY by target and own/subtree.</summary>
    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => null;

    protected override async Task<Figure?> OtherAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind is not IndicatorKind.Count && !(d.Kind == IndicatorKind.Sum && d.Field == "people"))
        {
            throw Unsupported(d);
        }

        var targets = SourceFigures.Names<TalkTarget>(d.Filter);
        var rows = (await TargetsAsync(c, ct)).Where(r => (targets.Count == 0 || targets.Contains(r.Target)) && (d.Scope != "own" || r.Own)).ToList();
        return SourceFigures.CountOrNull(d.Kind == IndicatorKind.Count ? rows.Sum(r => r.Count) : rows.Sum(r => r.People), d.Unit);
    }

    private sealed record TargetRow(TalkTarget Target, bool Own, int Count, int People);

    /// <summary>
    /// Every talk figure from one statement: the year's talks under the organization by target and whether the
    /// organization itself held them (its own talks lie in its subtree), read once per organization and year.
    /// </summary>
    private static Task<List<TargetRow>> TargetsAsync(IndicatorContext c, CancellationToken ct) => c.OnceAsync("talks", () => Targets.ReadAsync(c, ct));

    private static readonly YearSummary<Talk, TargetRow> Targets = new(db => db.Talks, t => t.HeldOn, t => t.Organization!.Path,
        (rows, id) => rows.GroupBy(t => new { t.TargetKind, Own = t.OrganizationId == id })
            .Select(g => new TargetRow(g.Key.TargetKind, g.Key.Own, g.Count(), g.Sum(t => t.People))));

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<Talk> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(t => t.HeldOn).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.HeldOn, t.Talker, t.Targets, t.TargetKind, t.People }).ToListAsync(ct);
        return rows.Select(t => new RecordRef("talk", t.Id,
            SourceFigures.Label(t.HeldOn, $"{t.Talker}约谈{AccountabilityLabels.Of(t.TargetKind)}{t.Targets}（{t.People}人次）"), t.HeldOn)).ToList();
    }

    protected override IQueryable<Talk> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var targets = SourceFigures.Names<TalkTarget>(d.Filter);
        var id = c.Organization.Id;
        var path = c.Path;
        var talks = c.Db.Talks.Where(t => t.HeldOn >= c.From && t.HeldOn <= c.To);
        if (targets.Count > 0)
        {
            talks = talks.Where(t => targets.Contains(t.TargetKind));
        }

        return d.Scope == "own" ? talks.Where(t => t.OrganizationId == id) : talks.Under(t => t.Organization!.Path, path);
    }
}
