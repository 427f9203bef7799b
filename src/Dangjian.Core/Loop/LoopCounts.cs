using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Loop.Tasks;

namespace Dangjian.Core.Loop;

/// <summary>
/// The counts of the secretary's desk (工作台) by organization, over the caller's scope, in one statement: every figure
/// is a (organization, what) mark, the marks of all seven kinds are unioned and counted by one GROUP BY. The desk's
/// totals (due this month, awaiting sign-off, the year's fulfilment rate) are sums of the same rows.
/// </summary>
public sealed class LoopCounts(AppDbContext db) : IOperation
{
    public enum Mark
    {
        OverdueTask,
        TaskDueThisMonth,
        OverdueItem,
        OpenFinding,
        CommitmentDue,
        CommitmentFulfilled,
        ItemDueThisMonth,
        ItemAwaitingSignOff,
    }

    public sealed record Row(int OrganizationId, Mark Mark, int Count);

    public async Task<IReadOnlyList<Row>> LoadAsync(DateOnly today, CancellationToken ct = default)
    {
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var open = db.RectificationItems.Where(r => r.Status != RectificationStatus.SignedOff);
        var openTasks = db.KeyTaskAssignments.Where(a => a.CompletedOn == null);
        var commitments = db.Commitments.Where(c => c.Year == today.Year);
        var marks = openTasks.Where(a => a.Task!.DueOn < today).Select(a => new { a.OrganizationId, Mark = Mark.OverdueTask })
            .Concat(openTasks.Where(a => a.Task!.DueOn >= today && a.Task.DueOn <= monthEnd).Select(a => new { a.OrganizationId, Mark = Mark.TaskDueThisMonth }))
            .Concat(db.RectificationItems.Where(RectificationStates.Is(RectificationState.Overdue, today)).Select(r => new { r.OrganizationId, Mark = Mark.OverdueItem }))
            .Concat(open.Where(r => r.FindingId != null).Select(r => new { r.OrganizationId, Mark = Mark.OpenFinding }))
            .Concat(commitments.Where(FulfilmentRate.IsDue(today)).Select(c => new { c.OrganizationId, Mark = Mark.CommitmentDue }))
            .Concat(commitments.Where(FulfilmentRate.IsFulfilledWhenDue(today)).Select(c => new { c.OrganizationId, Mark = Mark.CommitmentFulfilled }))
            .Concat(open.Where(r => r.Deadline >= today && r.Deadline <= monthEnd).Select(r => new { r.OrganizationId, Mark = Mark.ItemDueThisMonth }))
            .Concat(db.RectificationItems.Where(RectificationStates.Is(RectificationState.AwaitingSignOff, today)).Select(r => new { r.OrganizationId, Mark = Mark.ItemAwaitingSignOff }));
        return await marks.GroupBy(m => new { m.OrganizationId, m.Mark })
            .Select(g => new Row(g.Key.OrganizationId, g.Key.Mark, g.Count()))
            .ToListAsync(ct);
    }
}
