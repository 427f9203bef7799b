using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Data;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop;

/// <summary>
/// The township secretary's desk (工作台): what is overdue, what falls due this month, open inspection findings and
/// commitment fulfilment, by branch. Everything is counted in SQL over the user's scope: the overdue list, and every
/// count in one statement (<see cref="LoopCounts"/>), kept between requests until the records change.
/// </summary>
public class IndexModel(AppDbContext db, LoopCounts counts, TimeProvider time) : PageModel
{
    public sealed record BranchRow(int Id, string Name, int OverdueTasks, int DueTasks, int OverdueItems, int OpenFindings, int CommitmentsDue, int CommitmentsFulfilled)
    {
        public string Rate => new FulfilmentRate(CommitmentsDue, CommitmentsFulfilled).Text;
    }

    public sealed record OverdueItem(int Id, string Organization, string Problem, DateOnly Deadline, Escalation? Escalation);

    public DateOnly Today { get; private set; }
    public IReadOnlyList<OverdueItem> Overdue { get; private set; } = [];
    public IReadOnlyList<BranchRow> Branches { get; private set; } = [];
    public int DueThisMonth { get; private set; }
    public int SubmittedWaiting { get; private set; }

    /// <summary>Overdue items below that the raising organization still handles (not escalated to this level yet).</summary>
    public int NotYetEscalated { get; private set; }
    public FulfilmentRate Rate { get; private set; } = new(0, 0);

    public async Task OnGetAsync()
    {
        Today = time.Today();
        var ownId = User.OrganizationId();
        // Kept until the records change (ADR 0023): the desk is five statements over the user's subtree.
        var head = await DerivedCache.HeadAsync(db, HttpContext.RequestAborted);
        var desk = await DerivedCache.GetOrComputeAsync(db, head, ("/Loop", DerivedCache.Scope(db), ownId, Today),
            d => d.Overdue.Count + d.Branches.Count, () => BuildAsync(ownId));
        (Overdue, NotYetEscalated, Branches, DueThisMonth, SubmittedWaiting, Rate) = desk;
    }

    private sealed record Desk(IReadOnlyList<OverdueItem> Overdue, int NotYetEscalated, IReadOnlyList<BranchRow> Branches, int DueThisMonth,
        int SubmittedWaiting, FulfilmentRate Rate);

    private async Task<Desk> BuildAsync(int? ownId)
    {
        var overdueState = RectificationStates.Is(RectificationState.Overdue, Today);
        var overdue = await db.RectificationItems.Where(overdueState).OrderBy(r => r.Deadline).ThenBy(r => r.Id).Take(200)
            .Select(r => new { r.Id, r.Organization!.Name, r.Problem, r.Deadline, r.Status, r.SubmittedOn, r.SignedOffOn, r.RaisedById }).ToListAsync();
        var raiserIds = overdue.Select(r => r.RaisedById).Distinct().ToList();
        var raiserDepths = await db.Organizations.AsNoTracking().Where(o => raiserIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Depth);
        var ownDepth = await db.Organizations.Where(o => o.Id == ownId).Select(o => (int?)o.Depth).SingleOrDefaultAsync();
        var all = overdue.Select(r => (r.RaisedById, Item: new OverdueItem(r.Id, r.Name, r.Problem, r.Deadline,
            EscalationPolicy.Default.Reached(new RectificationItem
            {
                Problem = r.Problem, Deadline = r.Deadline, Status = r.Status, SubmittedOn = r.SubmittedOn, SignedOffOn = r.SignedOffOn,
            }, Today)))).ToList();

        // Levels above the raiser see an overdue item only once the escalation policy has reached them.
        bool Reaches(int raiser, Escalation? escalation) => ownDepth is not { } own || !raiserDepths.TryGetValue(raiser, out var depth)
            || depth <= own || (escalation is { } e && depth - own <= e.LevelsAboveRaiser);
        var shown = all.Where(x => Reaches(x.RaisedById, x.Item.Escalation)).Select(x => x.Item).ToList();

        // every count of the desk from one GROUP BY over the marks (LoopCounts); the totals are sums of its rows
        var rows = await counts.LoadAsync(Today);
        Dictionary<int, int> Of(LoopCounts.Mark mark) => rows.Where(r => r.Mark == mark).ToDictionary(r => r.OrganizationId, r => r.Count);
        int Total(LoopCounts.Mark mark) => rows.Where(r => r.Mark == mark).Sum(r => r.Count);

        var overdueTasks = Of(LoopCounts.Mark.OverdueTask);
        var dueTasks = Of(LoopCounts.Mark.TaskDueThisMonth);
        var overdueItems = Of(LoopCounts.Mark.OverdueItem);
        var openFindings = Of(LoopCounts.Mark.OpenFinding);
        var due = Of(LoopCounts.Mark.CommitmentDue);
        var fulfilled = Of(LoopCounts.Mark.CommitmentFulfilled);
        var ids = overdueTasks.Keys.Concat(dueTasks.Keys).Concat(overdueItems.Keys).Concat(openFindings.Keys).Concat(due.Keys).Distinct().ToList();
        var orgs = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Path).Select(o => new { o.Id, o.Name }).ToListAsync();
        var branches = orgs.Select(o => new BranchRow(o.Id, o.Name, overdueTasks.GetValueOrDefault(o.Id), dueTasks.GetValueOrDefault(o.Id),
            overdueItems.GetValueOrDefault(o.Id), openFindings.GetValueOrDefault(o.Id), due.GetValueOrDefault(o.Id), fulfilled.GetValueOrDefault(o.Id))).ToList();
        return new Desk(shown, all.Count - shown.Count, branches,
            Total(LoopCounts.Mark.TaskDueThisMonth) + Total(LoopCounts.Mark.ItemDueThisMonth), Total(LoopCounts.Mark.ItemAwaitingSignOff),
            new FulfilmentRate(Total(LoopCounts.Mark.CommitmentDue), Total(LoopCounts.Mark.CommitmentFulfilled)));
    }
}
