using Dangjian.Core.Commitments;
using Dangjian.Core.Data;
using Dangjian.Core.Rectification;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop;

/// <summary>
/// The township secretary's desk (工作台): what is overdue, what falls due this month, open inspection findings and
/// commitment fulfilment, by branch. Everything is counted in SQL over the user's scope.
/// </summary>
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
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
        var monthEnd = new DateOnly(Today.Year, Today.Month, 1).AddMonths(1).AddDays(-1);
        var open = db.RectificationItems.Where(r => r.Status != RectificationStatus.SignedOff);
        var overdueState = RectificationStates.Is(RectificationState.Overdue, Today);
        var overdue = await db.RectificationItems.Where(overdueState).OrderBy(r => r.Deadline).ThenBy(r => r.Id).Take(200)
            .Select(r => new { r.Id, r.Organization!.Name, r.Problem, r.Deadline, r.Status, r.SubmittedOn, r.SignedOffOn, r.RaisedById }).ToListAsync();
        var raiserIds = overdue.Select(r => r.RaisedById).Distinct().ToList();
        var raiserDepths = await db.Organizations.AsNoTracking().Where(o => raiserIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Depth);
        var ownId = User.OrganizationId();
        var ownDepth = await db.Organizations.Where(o => o.Id == ownId).Select(o => (int?)o.Depth).SingleOrDefaultAsync();
        var all = overdue.Select(r => (r.RaisedById, Item: new OverdueItem(r.Id, r.Name, r.Problem, r.Deadline,
            EscalationPolicy.Default.Reached(new RectificationItem
            {
                Problem = r.Problem, Deadline = r.Deadline, Status = r.Status, SubmittedOn = r.SubmittedOn, SignedOffOn = r.SignedOffOn,
            }, Today)))).ToList();

        // Levels above the raiser see an overdue item only once the escalation policy has reached them.
        bool Reaches(int raiser, Escalation? escalation) => ownDepth is not { } own || !raiserDepths.TryGetValue(raiser, out var depth)
            || depth <= own || (escalation is { } e && depth - own <= e.LevelsAboveRaiser);
        Overdue = all.Where(x => Reaches(x.RaisedById, x.Item.Escalation)).Select(x => x.Item).ToList();
        NotYetEscalated = all.Count - Overdue.Count;
        SubmittedWaiting = await db.RectificationItems.CountAsync(RectificationStates.Is(RectificationState.AwaitingSignOff, Today));
        DueThisMonth = await db.KeyTaskAssignments.CountAsync(a => a.CompletedOn == null && a.Task!.DueOn >= Today && a.Task.DueOn <= monthEnd)
            + await open.CountAsync(r => r.Deadline >= Today && r.Deadline <= monthEnd);
        var commitments = db.Commitments.Where(c => c.Year == Today.Year);
        Rate = FulfilmentRate.Of(commitments, Today);

        var overdueTasks = await Count(db.KeyTaskAssignments.Where(a => a.CompletedOn == null && a.Task!.DueOn < Today).Select(a => a.OrganizationId));
        var dueTasks = await Count(db.KeyTaskAssignments.Where(a => a.CompletedOn == null && a.Task!.DueOn >= Today && a.Task.DueOn <= monthEnd).Select(a => a.OrganizationId));
        var overdueItems = await Count(db.RectificationItems.Where(overdueState).Select(r => r.OrganizationId));
        var openFindings = await Count(open.Where(r => r.FindingId != null).Select(r => r.OrganizationId));
        var due = await Count(commitments.Where(FulfilmentRate.IsDue(Today)).Select(c => c.OrganizationId));
        var fulfilled = await Count(commitments.Where(FulfilmentRate.IsFulfilledWhenDue(Today)).Select(c => c.OrganizationId));
        var ids = overdueTasks.Keys.Concat(dueTasks.Keys).Concat(overdueItems.Keys).Concat(openFindings.Keys).Concat(due.Keys).Distinct().ToList();
        var orgs = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Path).Select(o => new { o.Id, o.Name }).ToListAsync();
        Branches = orgs.Select(o => new BranchRow(o.Id, o.Name, overdueTasks.GetValueOrDefault(o.Id), dueTasks.GetValueOrDefault(o.Id),
            overdueItems.GetValueOrDefault(o.Id), openFindings.GetValueOrDefault(o.Id), due.GetValueOrDefault(o.Id), fulfilled.GetValueOrDefault(o.Id))).ToList();
    }

    private static async Task<Dictionary<int, int>> Count(IQueryable<int> organizationIds) =>
        await organizationIds.GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
}
