using Dangjian.Core.Data;
using Dangjian.Core.Development;
using Dangjian.Core.Operations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Development;

public class DetailsModel(AppDbContext db, DevelopmentStepEntry steps, DevelopmentCaseEntry cases, IAuthorizationService authorization, TimeProvider time)
    : PageModel
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

        if (!ModelState.IsValid)
        {
            return await ReloadAsync(id);
        }

        var result = await steps.RecordAsync(id, Form.Version, Form.ToEntry(), Form.Note);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return await ReloadAsync(id);
        }

        var warnings = string.Concat(result.Warnings.Select(w => "提醒：" + w));
        TempData["Message"] = $"已记录第{Form.Step}步“{Timeline.Rules.Step(Form.Step).Name}”。{warnings}";
        return RedirectToPage(new { id });
    }

    /// <param name="extendedOn">延长预备期的日期: today when empty; the real day when a past year is entered afterwards.</param>
    public async Task<IActionResult> OnPostExtendAsync(int id, int months, int version, DateOnly? extendedOn)
    {
        if (await GuardAsync(id) is { } refused)
        {
            return refused;
        }

        if (Unreadable("extendedOn") is { } wrong)
        {
            ModelState.AddModelError("Extend", wrong);
            return await ReloadAsync(id);
        }

        return await AfterAsync(id, await cases.ExtendAsync(id, version, months, extendedOn), "Extend.", () => Task.FromResult($"预备期已延长{months}个月。"));
    }

    /// <param name="closedOn">取消资格或终止培养的日期: today when empty.</param>
    public async Task<IActionResult> OnPostCloseAsync(int id, string? reason, int version, DateOnly? closedOn)
    {
        if (await GuardAsync(id) is { } refused)
        {
            return refused;
        }

        if (Unreadable("closedOn") is { } wrong)
        {
            ModelState.AddModelError("Close", wrong);
            return await ReloadAsync(id);
        }

        return await AfterAsync(id, await cases.CloseAsync(id, version, reason, closedOn), "Close.",
            async () => DevelopmentLabels.Of(await db.DevelopmentCases.Where(c => c.Id == id).Select(c => c.State).SingleAsync()) + "。");
    }

    /// <summary>The messages of a form of the page (the step form, "Form"; "Extend"; "Close"), for the line under it.</summary>
    public string Errors(string form) => string.Join(" ", ModelState.Where(k => k.Key == form || k.Key.StartsWith(form + ".", StringComparison.Ordinal)
        || form == "Form" && k.Key.Length == 0).SelectMany(k => k.Value!.Errors).Select(e => e.ErrorMessage));

    private async Task<IActionResult> AfterAsync(int id, EntryResult result, string prefix, Func<Task<string>> message)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            // a case changed meanwhile is said under the step form, which the page always shows (the other forms depend on the stage)
            ModelState.Show(result.Errors, result.Errors.ContainsKey("Version") ? "Form." : prefix);
            return await ReloadAsync(id);
        }

        TempData["Message"] = await message();
        return RedirectToPage(new { id });
    }

    /// <summary>The binder's message for a posted date it could not read (a blank one means today).</summary>
    private string? Unreadable(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    private async Task<IActionResult?> GuardAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return CanEdit ? null : Forbid();
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
        var found = await db.DevelopmentCases.AsNoTracking().Include(c => c.Organization).Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id);
        if (found is null)
        {
            return false;
        }

        Case = found;
        Timeline = await DevelopmentTimeline.LoadAsync(db, found);
        Next = Timeline.Next(found.Facts());
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditDevelopment)).Succeeded;
        return true;
    }
}
