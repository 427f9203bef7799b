using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Building;

/// <summary>Standardization checks of a year: the branch self-checks against the checklist, the township accepts.</summary>
public class StandardizationModel(AppDbContext db, IAuthorizationService authorization, IOptions<BuildingSettings> settings, TimeProvider time,
    StandardizationEntry entry) : BuildingPageModel(db, authorization, time)
{
    public IReadOnlyList<StandardizationCheck> Checks { get; private set; } = [];
    public IReadOnlyList<ChecklistAspect> Aspects => settings.Value.Aspects;
    public int ItemCount => StandardChecklist.Items(Aspects).Count();
    public bool CanSelfCheck { get; private set; }
    public bool CanAccept { get; private set; }

    /// <summary>A refused self-check, shown again as posted with the reasons beside its date and its year.</summary>
    public SelfCheckPost? Refused { get; private set; }

    /// <summary>The check whose acceptance was refused, with the reason beside its date.</summary>
    public (int CheckId, string Problem, DateOnly? On, string? Note)? RefusedAcceptance { get; private set; }

    public sealed record SelfCheckPost(int OrganizationId, int Year, IReadOnlyList<string> Items, int? VenueArea, bool VenueMeetsStandard, string? Note, DateOnly? On,
        string? Problem, string? YearProblem = null);

    public async Task OnGetAsync(int? year)
    {
        Year = year ?? Today.Year;
        Checks = await Db.StandardizationChecks.AsNoTracking().Include(c => c.Organization)
            .Where(c => c.Year == Year).OrderBy(c => c.Organization!.Path).ToListAsync();
        await LoadPrimaryAsync();
        CanSelfCheck = await MayAsync(Policies.SelfCheck);
        CanAccept = await MayAsync(Policies.EditBuilding);
    }

    /// <param name="selfCheckedOn">自查日期: today when empty; the real day when a past year is entered afterwards.</param>
    public async Task<IActionResult> OnPostSelfCheckAsync(int organizationId, int year, List<string> items, int? venueArea, bool venueMeetsStandard, string? note, DateOnly? selfCheckedOn)
    {
        if (!await MayAsync(Policies.SelfCheck))
        {
            return Forbid();
        }

        if (!await Db.Organizations.AnyAsync(o => o.Id == organizationId))
        {
            return NotFound();
        }

        IReadOnlyDictionary<string, string>? errors = Unreadable(nameof(selfCheckedOn)) is { } unreadable
            ? new Dictionary<string, string> { [nameof(selfCheckedOn)] = unreadable } : null;
        if (errors is null)
        {
            var result = await entry.SelfCheckAsync(new SelfCheckDraft(organizationId, year, items, venueArea, venueMeetsStandard, note, selfCheckedOn));
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData["Message"] = "自查结果已保存，等待乡镇党委验收。";
                return RedirectToPage(new { year });
            }

            errors = result.Errors;
        }

        var yearProblem = errors.GetValueOrDefault(nameof(year));
        await OnGetAsync(yearProblem is null ? year : null);
        Refused = new SelfCheckPost(organizationId, year, items, venueArea, venueMeetsStandard, note, selfCheckedOn, errors.GetValueOrDefault(nameof(selfCheckedOn)), yearProblem);
        return Page();
    }

    /// <param name="acceptedOn">验收日期: today when empty; not before the self-check.</param>
    public async Task<IActionResult> OnPostAcceptAsync(int checkId, bool accepted, string? note, DateOnly? acceptedOn)
    {
        if (!await MayAsync(Policies.EditBuilding))
        {
            return Forbid();
        }

        if (await Db.StandardizationChecks.AsNoTracking().Where(c => c.Id == checkId).Select(c => (int?)c.Year).FirstOrDefaultAsync() is not { } checkYear)
        {
            return NotFound();
        }

        var wrong = Unreadable(nameof(acceptedOn));
        if (wrong is null)
        {
            var result = await entry.AcceptAsync(checkId, accepted, note, acceptedOn);
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData["Message"] = accepted ? "已验收达标。" : "验收未达标。";
                return RedirectToPage(new { year = checkYear });
            }

            wrong = result.Errors.Values.First();
        }

        await OnGetAsync(checkYear);
        RefusedAcceptance = (checkId, wrong, acceptedOn, note);
        return Page();
    }

    /// <summary>The binder's message for a posted date it could not read (a blank one means today).</summary>
    private string? Unreadable(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;
}
