using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Reviews;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Loop;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>
/// A review: its state, rules and the visible participants (with results for the reviewer, and for the reviewed once
/// published); the reviewer opens it, attaches the latest reports, computes a preview, sees what is missing and publishes.
/// A plan out of scope answers 404; actions of someone who is not the reviewer answer 403.
/// </summary>
public class PlanModel(AppDbContext db, ReviewService service, ReviewPlanEntry entry, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(ReviewParticipant Participant, int Comments);

    public ReviewPlan Plan { get; private set; } = null!;
    public ReviewRules Rules { get; private set; } = null!;
    public ReviewAccess Access { get; private set; } = new(false, false);
    public string Reviewer { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<string> Missing { get; private set; } = [];
    public IReadOnlyDictionary<string, string> IndicatorNames { get; private set; } = new Dictionary<string, string>();
    public bool ShowResults => Access.SeesResults(Plan);
    public bool Computed => Rows.Any(r => r.Participant.Total is not null);

    [BindProperty]
    public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostOpenAsync(int id) =>
        ActAsync(id, () => entry.OpenAsync(id), () => "已开始评议：各单位已提交的述职报告已附上，可以录入民主测评票、评议组评分和点评。");

    public Task<IActionResult> OnPostAttachAsync(int id) =>
        ActAsync(id, () => entry.AttachReportsAsync(id), () => $"已附上最新提交的述职报告（共{Plan.Participants.Count(p => p.ReportDraftId is not null)}个单位有报告）。");

    public Task<IActionResult> OnPostComputeAsync(int id) =>
        ActAsync(id, () => entry.ComputeAsync(id), () => "已按当前记录和已录入的测评票试算得分（公布前仍会变化）。");

    public Task<IActionResult> OnPostPublishAsync(int id) =>
        ActAsync(id, () => entry.PublishAsync(id, Confirm, User.Name()), () => "评议结果已公布，得分已冻结。");

    private async Task<IActionResult> ActAsync(int id, Func<Task<EntryResult>> action, Func<string> done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!Access.CanEdit)
        {
            return Forbid();
        }

        var result = await action();
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            await LoadAsync(id);
            return Page();
        }

        TempData["Message"] = done();
        return RedirectToPage("Plan", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var plan = await service.FindAsync(id);
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        Rules = plan.Rules();
        Access = await ReviewAccess.ForAsync(db, authorization, User, plan);
        Reviewer = (await LoopChoices.NamesAsync(db, [plan.OrganizationId]))(plan.OrganizationId);
        var comments = await db.ReviewComments.Where(c => c.Participant!.PlanId == id).GroupBy(c => c.ParticipantId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Rows = plan.Participants.OrderBy(p => ShowResults ? p.Rank ?? int.MaxValue : 0).ThenBy(p => p.Organization!.SortOrder).ThenBy(p => p.Organization!.Path)
            .Select(p => new Row(p, comments.GetValueOrDefault(p.Id))).ToList();
        Missing = Access.Reviewer && plan.State == ReviewPlanState.Open ? await service.MissingAsync(plan) : [];
        var catalog = await ReviewAccess.CatalogAsync(service, plan);
        IndicatorNames = plan.Indicators.ToDictionary(i => i.IndicatorId, i => catalog.Find(i.IndicatorId)?.Name ?? i.IndicatorId);
        return true;
    }
}
