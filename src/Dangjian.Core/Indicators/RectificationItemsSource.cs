using System.Linq.Expressions;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
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
public sealed class RectificationItemsSource() : RecordSource<RectificationItem>("rectification", "整改事项"), IRowCountSource
{
    protected override Expression<Func<RectificationItem, int>> Owner => r => r.OrganizationId;

    /// <summary>A count's items; for the on-time rate the items due, then those of them signed off by the deadline.</summary>
    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => Select(d.Kind, d.Filter, c) switch
    {
        null => null,
        var due when d.Kind == IndicatorKind.Rate => [due.Select(Owner), due.Where(r => r.SignedOffOn != null && r.SignedOffOn <= r.Deadline).Select(Owner)],
        var items => [items.Select(Owner)],
    };

    public IQueryable<int>? CountedOrganizations(IndicatorDefinition d, IndicatorContext c) =>
        d.Kind == IndicatorKind.Count ? Select(d, c).Select(Owner) : null;

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<RectificationItem> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(r => r.Deadline).ThenBy(r => r.Id)
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

    protected override IQueryable<RectificationItem> Select(IndicatorDefinition d, IndicatorContext c) =>
        Select(d.Kind, d.Filter, c) ?? throw Unsupported(d);

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
