using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Development;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Building;

/// <summary>Standardization checks of a year: the branch self-checks against the checklist, the township accepts.</summary>
public class StandardizationModel(AppDbContext db, IAuthorizationService authorization, IOptions<BuildingSettings> settings, TimeProvider time) : PageModel
{
    public int Year { get; private set; }
    public IReadOnlyList<StandardizationCheck> Checks { get; private set; } = [];
    public IReadOnlyList<Organization> Primary { get; private set; } = [];
    public IReadOnlyList<ChecklistAspect> Aspects => settings.Value.Aspects;
    public int ItemCount => StandardChecklist.Items(Aspects).Count();
    public bool CanSelfCheck { get; private set; }
    public bool CanAccept { get; private set; }
    public DateOnly Today => time.Today();

    /// <summary>A refused self-check, shown again as posted with the reason beside its date.</summary>
    public SelfCheckPost? Refused { get; private set; }

    /// <summary>The check whose acceptance was refused, with the reason beside its date.</summary>
    public (int CheckId, string Problem, DateOnly? On, string? Note)? RefusedAcceptance { get; private set; }

    public sealed record SelfCheckPost(int OrganizationId, IReadOnlyList<string> Items, int? VenueArea, bool VenueMeetsStandard, string? Note, DateOnly? On, string Problem);

    public async Task OnGetAsync(int? year)
    {
        Year = year ?? time.Today().Year;
        Checks = await db.StandardizationChecks.AsNoTracking().Include(c => c.Organization)
            .Where(c => c.Year == Year).OrderBy(c => c.Organization!.Path).ToListAsync();
        Primary = await BuildingChoices.PrimaryAsync(db);
        CanSelfCheck = (await authorization.AuthorizeAsync(User, Policies.SelfCheck)).Succeeded;
        CanAccept = (await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded;
    }

    /// <param name="selfCheckedOn">自查日期: today when empty; the real day when a past year is entered afterwards.</param>
    public async Task<IActionResult> OnPostSelfCheckAsync(int organizationId, int year, List<string> items, int? venueArea, bool venueMeetsStandard, string? note, DateOnly? selfCheckedOn)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.SelfCheck)).Succeeded)
        {
            return Forbid();
        }

        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId))
        {
            return NotFound();
        }

        var on = selfCheckedOn ?? time.Today();
        if ((Unreadable("selfCheckedOn") ?? FactDates.Problem("自查日期", on, time.Today())) is { } wrong)
        {
            await OnGetAsync(year);
            Refused = new SelfCheckPost(organizationId, items, venueArea, venueMeetsStandard, note, selfCheckedOn, wrong);
            return Page();
        }

        var known = StandardChecklist.Items(Aspects).Select(i => i.Code).ToHashSet();
        var check = await db.StandardizationChecks.FirstOrDefaultAsync(c => c.OrganizationId == organizationId && c.Year == year);
        if (check is null)
        {
            check = new StandardizationCheck { OrganizationId = organizationId, Year = year };
            db.StandardizationChecks.Add(check);
        }

        check.SelfCheckedOn = on;
        check.ItemsMet = string.Join(",", items.Where(known.Contains).Distinct());
        check.VenueArea = venueArea;
        check.VenueMeetsStandard = venueMeetsStandard;
        check.SelfCheckNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        check.AcceptedOn = null;
        check.Accepted = null;
        await db.SaveChangesAsync();
        TempData["Message"] = "自查结果已保存，等待乡镇党委验收。";
        return RedirectToPage(new { year });
    }

    /// <param name="acceptedOn">验收日期: today when empty; not before the self-check.</param>
    public async Task<IActionResult> OnPostAcceptAsync(int checkId, bool accepted, string? note, DateOnly? acceptedOn)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded)
        {
            return Forbid();
        }

        if (await db.StandardizationChecks.FirstOrDefaultAsync(c => c.Id == checkId) is not { } check)
        {
            return NotFound();
        }

        var on = acceptedOn ?? time.Today();
        if ((Unreadable("acceptedOn") ?? FactDates.Problem("验收日期", on, time.Today())
            ?? (on < check.SelfCheckedOn ? $"验收日期不能早于自查日期（{check.SelfCheckedOn:yyyy年M月d日}）。" : null)) is { } wrong)
        {
            await OnGetAsync(check.Year);
            RefusedAcceptance = (check.Id, wrong, acceptedOn, note);
            return Page();
        }

        check.Accepted = accepted;
        check.AcceptedOn = on;
        check.AcceptanceNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync();
        TempData["Message"] = accepted ? "已验收达标。" : "验收未达标。";
        return RedirectToPage(new { year = check.Year });
    }

    /// <summary>The binder's message for a posted date it could not read (a blank one means today).</summary>
    private string? Unreadable(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;
}
