using Dangjian.Core.Data;
using Dangjian.Core.Development;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Development;

public class DetailsModel(AppDbContext db, DevelopmentPipeline pipeline, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public DevelopmentCase Case { get; private set; } = null!;
    public DevelopmentTimeline Timeline { get; private set; } = null!;
    public NextDue? Next { get; private set; }
    public DateOnly Today { get; private set; }
    public bool CanEdit { get; private set; }

    [BindProperty]
    public StepForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Form = new StepForm { Step = Next?.Step.Number ?? 0, On = Today, Version = Case.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(int id)
    {
        if (await GuardAsync(id) is { } refused)
        {
            return refused;
        }

        if (ModelState.IsValid)
        {
            IReadOnlyList<RuleFinding> findings;
            try
            {
                findings = await pipeline.RecordAsync(Case, Form.ToEntry(), Form.Note, Today);
            }
            catch (DbUpdateConcurrencyException)
            {
                return await StaleAsync(id);
            }

            if (findings.FirstOrDefault(f => f.Severity == Severity.Block) is { } block)
            {
                ModelState.AddModelError("Form", block.Message);
            }
            else
            {
                var warnings = string.Concat(findings.Select(f => "提醒：" + f.Message));
                TempData["Message"] = $"已记录第{Form.Step}步“{Timeline.Rules.Step(Form.Step).Name}”。{warnings}";
                return RedirectToPage(new { id });
            }
        }

        return await ReloadAsync(id);
    }

    /// <param name="extendedOn">延长预备期的日期: today when empty; the real day when a past year is entered afterwards.</param>
    public async Task<IActionResult> OnPostExtendAsync(int id, int months, int version, DateOnly? extendedOn)
    {
        if (await GuardAsync(id, version) is { } refused)
        {
            return refused;
        }

        var on = extendedOn ?? Today;
        if ((Unreadable("extendedOn") ?? DateProblem("延长预备期的日期", on)) is { } wrong)
        {
            ModelState.AddModelError("Extend", wrong);
            return await ReloadAsync(id);
        }

        IReadOnlyList<RuleFinding> findings;
        try
        {
            findings = await pipeline.ExtendAsync(Case, months, on);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await StaleAsync(id);
        }

        if (findings.Count > 0)
        {
            ModelState.AddModelError("Extend", findings[0].Message);
            return await ReloadAsync(id);
        }

        TempData["Message"] = $"预备期已延长{months}个月。";
        return RedirectToPage(new { id });
    }

    /// <param name="closedOn">取消资格或终止培养的日期: today when empty.</param>
    public async Task<IActionResult> OnPostCloseAsync(int id, string? reason, int version, DateOnly? closedOn)
    {
        if (await GuardAsync(id, version) is { } refused)
        {
            return refused;
        }

        var on = closedOn ?? Today;
        string? problem;
        try
        {
            problem = string.IsNullOrWhiteSpace(reason) ? "请写明原因"
                : Unreadable("closedOn") ?? DateProblem(Case.Stage == DevelopmentStage.Probationary ? "取消预备党员资格的日期" : "终止培养的日期", on)
                ?? await pipeline.CloseAsync(Case, on, reason);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await StaleAsync(id);
        }

        if (problem is not null)
        {
            ModelState.AddModelError("Close", problem);
            return await ReloadAsync(id);
        }

        TempData["Message"] = DevelopmentLabels.Of(Case.State) + "。";
        return RedirectToPage(new { id });
    }

    /// <summary>A date of the case that is no fact date, or earlier than the step recorded before it.</summary>
    private string? DateProblem(string label, DateOnly on) =>
        FactDates.Problem(label, on, Today)
        ?? (Case.Steps.Count > 0 && Case.Steps.Max(s => s.CompletedOn) is var last && on < last
            ? $"{label}不能早于上一步的日期（{last:yyyy年M月d日}）。" : null);

    /// <summary>The binder's message for a posted date it could not read (a blank one means today).</summary>
    private string? Unreadable(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    private async Task<IActionResult?> GuardAsync(int id, int? version = null)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        return (version ?? Form.Version) != Case.Version ? await StaleAsync(id) : null;
    }

    /// <summary>The form was shown from a version another user has saved over since (checked first, or by the save itself).</summary>
    private async Task<IActionResult> StaleAsync(int id)
    {
        ModelState.AddModelError("Form", "该记录已被他人修改，请刷新后重试。");
        return await ReloadAsync(id);
    }

    private async Task<IActionResult> ReloadAsync(int id)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        Today = time.Today();
        var found = await db.DevelopmentCases.Include(c => c.Organization).Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id);
        if (found is null)
        {
            return false;
        }

        Case = found;
        Timeline = await pipeline.TimelineAsync(found);
        Next = Timeline.Next(found.Facts());
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditDevelopment)).Succeeded;
        return true;
    }
}
