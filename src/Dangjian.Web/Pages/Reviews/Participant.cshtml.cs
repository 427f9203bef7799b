using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Reviews;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>
/// The reviewer's working page for one participant: the submitted (frozen) duty report beside the plan's objective
/// indicators (value, points, 无数据), each linked to the records behind it; the ballot form; the comments, each with
/// its rectification item. The reviewed see their own page's results and comments once the plan is published.
/// </summary>
public class ParticipantModel(AppDbContext db, TimeProvider clock, ReviewService service, ReviewParticipantEntry entry, IAuthorizationService authorization) : PageModel
{
    public const string Conflict = ReviewParticipantEntry.Conflict;

    public ReviewParticipant Participant { get; private set; } = null!;
    public ReviewPlan Plan => Participant.Plan!;
    public ReviewRules Rules { get; private set; } = null!;
    public ReviewAccess Access { get; private set; } = new(false, false);
    public RenderedReport? Report { get; private set; }

    /// <summary>The report checker's findings on the submitted report (述职报告体检), opened in full on /Reports/Check.</summary>
    public int? CheckFindings { get; private set; }
    public IReadOnlyList<ParticipantIndicator> Indicators { get; private set; } = [];
    public DateOnly Today => clock.Today();
    public bool ShowResults => Access.SeesResults(Plan);
    public bool Entering => Access.CanEdit && Plan.State == ReviewPlanState.Open;

    [BindProperty]
    public BallotForm Ballots { get; set; } = new();

    [BindProperty]
    public CommentForm Comment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Ballots = BallotForm.From(Participant);
        return Page();
    }

    public Task<IActionResult> OnPostBallotsAsync(int id) => EnterAsync(id, nameof(Ballots), async errors =>
    {
        var (ballots, score, unread) = Ballots.Read(Rules.Weights.Reviewer > 0);
        errors.AddRange(unread);
        return errors.Count > 0 ? null : (await entry.EnterBallotsAsync(id, ballots, score, Ballots.Version),
            $"已保存{Participant.Organization!.Name}的民主测评票{(score is null ? "" : "和评议组评分")}。");
    });

    public Task<IActionResult> OnPostCommentAsync(int id) => EnterAsync(id, nameof(Comment), async errors =>
    {
        var deadline = ReviewText.Date(Comment.Deadline, "整改期限", errors);
        return errors.Count > 0 ? null
            : (await entry.AddCommentAsync(id, Comment.Text, Comment.Reviewer, User.Name(), deadline), "已保存点评，并已列为该单位的整改事项。");
    });

    /// <summary>The messages of one form ("Ballots" or "Comment").</summary>
    public IEnumerable<string> Errors(string form) => ModelState.TryGetValue(form, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public string FigureUrl(string indicatorId) => $"/Reviews/Figure/{Participant.Id}?indicator={Uri.EscapeDataString(indicatorId)}";

    /// <summary>Reads the form (messages into the list given; null when it cannot be read), saves it, and shows the refusals under the form.</summary>
    private async Task<IActionResult> EnterAsync(int id, string form, Func<List<string>, Task<(EntryResult Result, string Done)?>> save)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!Access.CanEdit)
        {
            return Forbid();
        }

        var errors = new List<string>();
        if (await save(errors) is { } saved)
        {
            if (saved.Result.NotFound)
            {
                return NotFound();
            }

            if (saved.Result.Succeeded)
            {
                TempData["Message"] = saved.Done;
                return RedirectToPage("Participant", new { id });
            }

            errors.AddRange(saved.Result.Errors.Values);
        }

        errors.ForEach(error => ModelState.AddModelError(form, error));
        db.ChangeTracker.Clear();
        await LoadAsync(id);
        if (form == nameof(Comment))
        {
            Ballots = BallotForm.From(Participant);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var participant = await service.ParticipantAsync(id);
        if (participant is null)
        {
            return false;
        }

        Participant = participant;
        Rules = Plan.Rules();
        Access = await ReviewAccess.ForAsync(db, authorization, User, Plan);
        if (participant.ReportDraftId is { } draftId && await db.ReportDrafts.Include(d => d.Paragraphs).Include(d => d.Figures).AsSplitQuery()
                .FirstOrDefaultAsync(d => d.Id == draftId) is { } draft)
        {
            Report = await RenderedReport.RenderAsync(db, draft, participant.Organization!, Today);
            CheckFindings = Dangjian.Core.Reports.Check.ReportChecker.Check(Report.PlainText(), draft.Year).Findings.Count;
        }

        Indicators = ShowResults ? await ParticipantIndicator.ListAsync(service, Plan, participant, live: Access.Reviewer && Plan.State != ReviewPlanState.Published) : [];
        return true;
    }
}
