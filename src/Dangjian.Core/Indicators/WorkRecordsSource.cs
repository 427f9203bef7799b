using Dangjian.Core.Figures;
using Dangjian.Core.WorkRecords;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Work records of one category code (<see cref="IndicatorDefinition.Filter"/>) and/or a county tag, filtered by
/// <see cref="RecordFilters"/>. Scope "own", "subtree" or
/// "secretary" (led by the organization's secretary: by the leader's account, <see cref="WorkRecord.LedByUserId"/>, and by the
/// typed name only for records with no account — docs/decisions/0012-leader-participation.md). Count of records, sum of "quantity" or "participants",
/// organizations whose quantity reaches a threshold.
/// </summary>
public sealed class WorkRecordsSource : IIndicatorSource
{
    public string Name => "work";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (Plain(d))
        {
            var rows = (await SummaryAsync(c, ct)).Where(r => r.Code == (d.Filter ?? "") && (d.Scope != "own" || r.Own)).ToList();
            return d.Kind == IndicatorKind.Count ? SourceFigures.CountOrNull(rows.Sum(r => r.Count), d.Unit)
                : SourceFigures.SumOrNull(d.Field == "participants" ? rows.Sum(r => r.Participants) : rows.Sum(r => r.Quantity), d.Unit);
        }

        var records = Select(d, c);
        switch (d.Kind)
        {
            case IndicatorKind.Count:
                return SourceFigures.CountOrNull(await records.CountAsync(ct), d.Unit);
            case IndicatorKind.Sum when d.Field == "participants":
                return SourceFigures.SumOrNull(await records.SumAsync(w => w.Participants ?? 0, ct), d.Unit);
            case IndicatorKind.Sum:
                return SourceFigures.SumOrNull(await records.SumAsync(w => w.Quantity, ct), d.Unit);
            case IndicatorKind.BucketCount:
                var threshold = d.Threshold ?? 1;
                var groups = records.GroupBy(w => w.OrganizationId);
                var orgs = d.Below is { } below
                    ? await groups.Where(g => g.Sum(w => w.Quantity) >= threshold && g.Sum(w => w.Quantity) < below).CountAsync(ct)
                    : await groups.Where(g => g.Sum(w => w.Quantity) >= threshold).CountAsync(ct);
                return SourceFigures.CountOrNull(orgs, d.Unit);
            default:
                throw new InvalidOperationException($"指标“{d.Name}”：工作记录不支持 {d.Kind} 统计。");
        }
    }

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(w => w.HeldOn).ThenBy(w => w.Id)
            .Select(w => new { w.Id, w.HeldOn, w.Title, w.Quantity, w.Participants, Unit = w.Category!.Unit, Org = w.Organization!.Name })
            .ToListAsync(ct);
        return rows.Select(w => new RecordRef("work-record", w.Id,
            SourceFigures.Label(w.HeldOn, $"{w.Org} {w.Title}（{FigureFormat.Trimmed(w.Quantity)}{w.Unit}{(w.Participants is { } p ? $"，{p}人次" : "")}）"), w.HeldOn)).ToList();
    }

    /// <summary>Counts and sums of a category over the subtree or the organization itself, with no tag or level filter.</summary>
    private static bool Plain(IndicatorDefinition d) =>
        d.Kind is IndicatorKind.Count or IndicatorKind.Sum && d.Scope is "own" or "subtree" && !string.IsNullOrEmpty(d.Filter) && !RecordFilters.Uses(d);

    private sealed record CategoryRow(string Code, bool Own, int Count, decimal Quantity, int Participants);

    /// <summary>
    /// Every plain work indicator of the report from one statement: the year's records of the subtree by category and
    /// by whether the organization itself holds them, read once per organization and year.
    /// </summary>
    private static Task<List<CategoryRow>> SummaryAsync(IndicatorContext c, CancellationToken ct) => c.OnceAsync("work", () => Summary.ReadAsync(c, ct));

    private static readonly YearSummary<WorkRecord, CategoryRow> Summary = new(db => db.WorkRecords, w => w.HeldOn, w => w.Organization!.Path,
        (rows, id) => rows.GroupBy(w => new { w.Category!.Code, Own = w.OrganizationId == id })
            .Select(g => new CategoryRow(g.Key.Code, g.Key.Own, g.Count(), g.Sum(w => w.Quantity), g.Sum(w => w.Participants ?? 0))));

    private static IQueryable<WorkRecord> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var code = d.Filter ?? "";
        var query = c.Db.WorkRecords.Where(w => w.HeldOn >= c.From && w.HeldOn <= c.To);
        // a county tag may stand alone (its records in any category); without one the category is required
        if (code != "" || string.IsNullOrWhiteSpace(d.Tag))
        {
            query = query.Where(w => w.Category!.Code == code);
        }

        query = query.Filtered(d);
        var id = c.Organization.Id;
        var path = c.Path;
        return d.Scope switch
        {
            "own" => query.Where(w => w.OrganizationId == id),
            "secretary" => BySecretary(query.Under(w => w.Organization!.Path, path), c),
            _ => query.Under(w => w.Organization!.Path, path),
        };
    }

    /// <summary>
    /// Led by the organization's secretary: the leader's account holds the township secretary's role in the organization
    /// (a renamed secretary still counts, a namesake does not). A record with no leader account (entered before 0027, or
    /// an imported name that matched no single leader account) counts by the name typed, as before.
    /// </summary>
    private static IQueryable<WorkRecord> BySecretary(IQueryable<WorkRecord> query, IndicatorContext c)
    {
        var secretary = c.Organization.SecretaryName ?? "";
        var secretaries = ContactPointsSource.Secretaries(c);
        return query.Where(w => (w.LedByUserId != null && secretaries.Contains(w.LedByUserId.Value))
            || (w.LedByUserId == null && secretary != "" && w.LedBy == secretary));
    }
}
