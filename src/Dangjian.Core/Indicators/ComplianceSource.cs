using Dangjian.Core.Figures;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Organizational-life rules not met in the year under the township, from the compliance engine: "missing" slots
/// (meetings not held), or "organizations" with at least one. <see cref="IndicatorDefinition.Filter"/> narrows to
/// meeting kinds. Slots not ended by the reference date are not counted (the engine calls them not due). Rate: of the
/// required slots ended by then (held, held late, quorum not met, missing), the share held (on time or late).
/// </summary>
public sealed class ComplianceSource : IIndicatorSource
{
    private const string MemoKey = "compliance";

    public string Name => MemoKey;

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind == IndicatorKind.Rate)
        {
            return Rate(d, await DueAsync(d, c, ct));
        }

        var missing = await MissingAsync(d, c, ct);
        var n = d.Field == "organizations" ? missing.Select(s => s.OrganizationId).Distinct().Count() : missing.Count;
        return SourceFigures.CountOrNull(n, d.Unit);
    }

    /// <summary>The missing slots; for the rate every slot it judged, each with its verdict.</summary>
    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var missing = d.Kind == IndicatorKind.Rate ? await DueAsync(d, c, ct) : await MissingAsync(d, c, ct);
        var ids = missing.Select(s => s.OrganizationId).Distinct().ToList();
        var names = await c.Db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return missing.Select(s => new RecordRef("organization", s.OrganizationId,
            $"{names.GetValueOrDefault(s.OrganizationId)} {s.Start:yyyy-MM-dd}至{s.End:yyyy-MM-dd} {OrgLifeLabels.Of(s.Kind)}：{OrgLifeLabels.Of(s.Status)}", s.End)).ToList();
    }

    /// <summary>
    /// The rate over the slots of a compliance run of <see cref="Range"/> (any subtree; the county overview runs the engine
    /// once for the county and hands each township its slots): held on time or late, of the required slots judged.
    /// </summary>
    public static Figure? Rate(IndicatorDefinition d, IEnumerable<SlotResult> slots)
    {
        var kinds = Kinds(d);
        var due = slots.Where(s => Judged(s.Status) && (kinds.Count == 0 || kinds.Contains(s.Kind))).ToList();
        return Figure.Share(due.Count(s => s.Status is SlotStatus.Held or SlotStatus.HeldLate), due.Count);
    }

    /// <summary>The dates the engine runs over for a year: the year up to the reference date; null before the year begins.</summary>
    public static (DateOnly From, DateOnly To)? Range(int year, DateOnly today)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        to = to < today ? to : today;
        return to < from ? null : (from, to);
    }

    private static bool Judged(SlotStatus status) => status is SlotStatus.Held or SlotStatus.HeldLate or SlotStatus.QuorumNotMet or SlotStatus.Missing;

    private static List<MeetingKind> Kinds(IndicatorDefinition d) =>
        (d.Filter ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<MeetingKind>).ToList();

    private static async Task<List<SlotResult>> MissingAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) =>
        (await DueAsync(d, c, ct)).Where(s => s.Status == SlotStatus.Missing).ToList();

    /// <summary>The required slots judged by the reference date (not due and optional ones left out), in order of their end.</summary>
    private static async Task<List<SlotResult>> DueAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (Range(c.Year, c.Today) is not { } range)
        {
            return [];
        }

        var (from, to) = range;

        var kinds = Kinds(d);
        if (!c.Memo.TryGetValue(MemoKey, out var memo))
        {
            var results = await new ComplianceQuery(c.Db).RunAsync(c.Path, from, to, c.Today, null, ct);
            c.Memo[MemoKey] = memo = results.SelectMany(r => r.Slots).Where(s => Judged(s.Status))
                .OrderBy(s => s.End).ThenBy(s => s.OrganizationId).ToList();
        }

        return ((List<SlotResult>)memo).Where(s => kinds.Count == 0 || kinds.Contains(s.Kind)).ToList();
    }
}
