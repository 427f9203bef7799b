using Dangjian.Core.Figures;
using Dangjian.Core.Rectification;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Rectification items (整改事项) owned under the organization. Populations (<see cref="IndicatorDefinition.Filter"/>),
/// each item's state on <see cref="IndicatorContext.AsOf"/> (the year's end, today while it runs) by
/// <see cref="RectificationStates"/>: "raised" in the year; of those, "raised-signed-off" (已销号 by then) and
/// "raised-signed-off-on-time" (and by the deadline) — so a sentence "提出X个，已整改销号Y个，其中按期销号Z个" has Z ≤ Y ≤ X;
/// "closed" (signed off in the year, raised in any year) and "closed-on-time"; of every item raised by then: "open" (not
/// signed off), "awaiting" (待销号), "in-progress" (整改中), "overdue" (逾期). Rate "on-time": of the items whose deadline
/// fell in the year (up to that date), the share signed off by the deadline.
/// </summary>
public sealed class RectificationItemsSource : IIndicatorSource, IRowCountSource
{
    private static readonly string[] CountFilters =
        ["raised", "raised-signed-off", "raised-signed-off-on-time", "closed", "closed-on-time", "open", "awaiting", "in-progress", "overdue"];

    public string Name => "rectification";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (Select(d.Kind, d.Filter, c) is null)
        {
            throw SourceFigures.Unsupported(d, "整改事项");
        }

        var counts = await CountsAsync(c, ct);
        return d.Kind == IndicatorKind.Count
            ? SourceFigures.CountOrNull(counts[Array.IndexOf(CountFilters, d.Filter)], d.Unit)
            : Figure.Share(counts[CountFilters.Length + 1], counts[CountFilters.Length]);
    }

    public IQueryable<int>? CountedOrganizations(IndicatorDefinition d, IndicatorContext c) =>
        d.Kind == IndicatorKind.Count ? Select(d, c).Select(r => r.OrganizationId) : null;

    /// <summary>
    /// Every rectification figure of the report from one statement, read once per organization and year: each count
    /// population, then the on-time rate's items due and of those signed off by the deadline.
    /// </summary>
    private static Task<int[]> CountsAsync(IndicatorContext c, CancellationToken ct) => c.OnceAsync("rectification", () =>
    {
        var due = Select(IndicatorKind.Rate, "on-time", c)!;
        var sets = CountFilters.Select(f => Select(IndicatorKind.Count, f, c)!)
            .Append(due).Append(due.Where(r => r.SignedOffOn != null && r.SignedOffOn <= r.Deadline))
            .Select(items => items.Select(r => r.OrganizationId)).ToList();
        return MarkCounts.TotalsAsync(sets, ct);
    });

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(r => r.Deadline).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Problem, r.RaisedOn, r.Deadline, r.Status, r.SubmittedOn, r.SignedOffOn, Org = r.Organization!.Name }).ToListAsync(ct);
        return rows.Select(r => new RecordRef("rectification-item", r.Id,
            $"{r.Org}：{r.Problem}（{r.RaisedOn:yyyy-MM-dd}提出，{r.Deadline:yyyy-MM-dd}前整改，{State(r.Status, r.Deadline, r.SubmittedOn, r.SignedOffOn, c.AsOf)}）", r.RaisedOn)).ToList();
    }

    private static string State(RectificationStatus status, DateOnly deadline, DateOnly? submittedOn, DateOnly? signedOffOn, DateOnly asOf) =>
        RectificationStates.Of(status, deadline, submittedOn, signedOffOn, asOf) switch
        {
            RectificationState.SignedOff => $"{signedOffOn:yyyy-MM-dd}销号",
            var state => $"{asOf:yyyy-MM-dd}{RectificationStates.Label(state)}",
        };

    private static IQueryable<RectificationItem> Select(IndicatorDefinition d, IndicatorContext c) =>
        Select(d.Kind, d.Filter, c) ?? throw SourceFigures.Unsupported(d, "整改事项");

    /// <summary>The items a (kind, population) counts; null for a combination the source does not know.</summary>
    private static IQueryable<RectificationItem>? Select(IndicatorKind kind, string? filter, IndicatorContext c)
    {
        var path = c.Path;
        var (from, to, asOf) = (c.From, c.To, c.AsOf);
        var items = c.Db.RectificationItems.Under(r => r.Organization!.Path, path);
        var raised = items.Where(r => r.RaisedOn >= from && r.RaisedOn <= to);
        var existing = items.Where(r => r.RaisedOn <= asOf);
        return (kind, filter) switch
        {
            (IndicatorKind.Rate, "on-time") => items.Where(r => r.Deadline >= from && r.Deadline <= asOf),
            (IndicatorKind.Count, "raised") => raised,
            (IndicatorKind.Count, "raised-signed-off") => raised.Where(RectificationStates.Is(RectificationState.SignedOff, asOf)),
            (IndicatorKind.Count, "raised-signed-off-on-time") => raised.Where(RectificationStates.Is(RectificationState.SignedOff, asOf)).Where(r => r.SignedOffOn <= r.Deadline),
            (IndicatorKind.Count, "closed") => items.Where(r => r.SignedOffOn >= from && r.SignedOffOn <= to),
            (IndicatorKind.Count, "closed-on-time") => items.Where(r => r.SignedOffOn >= from && r.SignedOffOn <= to && r.SignedOffOn <= r.Deadline),
            (IndicatorKind.Count, "open") => existing.Where(r => r.SignedOffOn == null || r.SignedOffOn > asOf),
            (IndicatorKind.Count, "awaiting") => existing.Where(RectificationStates.Is(RectificationState.AwaitingSignOff, asOf)),
            (IndicatorKind.Count, "in-progress") => existing.Where(RectificationStates.Is(RectificationState.InProgress, asOf)),
            (IndicatorKind.Count, "overdue") => existing.Where(RectificationStates.Is(RectificationState.Overdue, asOf)),
            _ => null,
        };
    }
}
