using Dangjian.Core.Figures;
using Dangjian.Core.Rectification;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Rectification items (整改事项) owned under the organization. <see cref="IndicatorDefinition.Filter"/>: "raised" in
/// the year, "closed" (销号) in the year, "closed-on-time" (销号 in the year by the deadline), "open" (not signed off on the
/// year's end, today while it runs), "overdue" (open then and past the deadline). States are read from the dates, so a
/// past year's figure does not change when items are signed off later. Rate "on-time": of the items whose deadline fell
/// in the year (up to that date), the share signed off by the deadline.
/// </summary>
public sealed class RectificationItemsSource : IIndicatorSource
{
    public string Name => "rectification";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        switch (d.Kind)
        {
            case IndicatorKind.Count:
                return SourceFigures.CountOrNull(await Select(d, c).CountAsync(ct), d.Unit);
            case IndicatorKind.Rate:
                var due = Select(d, c);
                return Figure.Share(await due.CountAsync(r => r.SignedOffOn != null && r.SignedOffOn <= r.Deadline, ct), await due.CountAsync(ct));
            default:
                throw SourceFigures.Unsupported(d, "整改事项");
        }
    }

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(r => r.Deadline).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Problem, r.RaisedOn, r.Deadline, r.SignedOffOn, Org = r.Organization!.Name }).ToListAsync(ct);
        return rows.Select(r => new RecordRef("rectification-item", r.Id,
            $"{r.Org}：{r.Problem}（{r.RaisedOn:yyyy-MM-dd}提出，{r.Deadline:yyyy-MM-dd}前整改，{(r.SignedOffOn is { } on ? $"{on:yyyy-MM-dd}销号" : "未销号")}）", r.RaisedOn)).ToList();
    }

    private static IQueryable<RectificationItem> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var path = c.Path;
        var (from, to, asOf) = (c.From, c.To, c.AsOf);
        var items = c.Db.RectificationItems.Where(r => r.Organization!.Path.StartsWith(path));
        var open = items.Where(r => r.RaisedOn <= asOf && (r.SignedOffOn == null || r.SignedOffOn > asOf));
        return (d.Kind, d.Filter) switch
        {
            (IndicatorKind.Rate, "on-time") => items.Where(r => r.Deadline >= from && r.Deadline <= asOf),
            (IndicatorKind.Count, "raised") => items.Where(r => r.RaisedOn >= from && r.RaisedOn <= to),
            (IndicatorKind.Count, "closed") => items.Where(r => r.SignedOffOn >= from && r.SignedOffOn <= to),
            (IndicatorKind.Count, "closed-on-time") => items.Where(r => r.SignedOffOn >= from && r.SignedOffOn <= to && r.SignedOffOn <= r.Deadline),
            (IndicatorKind.Count, "open") => open,
            (IndicatorKind.Count, "overdue") => open.Where(r => r.Deadline < asOf),
            _ => throw SourceFigures.Unsupported(d, "整改事项"),
        };
    }
}
