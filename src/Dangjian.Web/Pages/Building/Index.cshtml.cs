using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building;

/// <summary>Weak organizations of a year; the township runs the screening, confirms proposals and records satisfaction surveys.</summary>
public class IndexModel(AppDbContext db, IAuthorizationService authorization, TimeProvider time, WeakScreening screening,
    WeakOrganizationEntry weak, SatisfactionEntry satisfaction) : BuildingPageModel(db, authorization, time)
{
    public IReadOnlyList<WeakOrganization> Confirmed { get; private set; } = [];
    public IReadOnlyList<WeakProposal> Proposals { get; private set; } = [];
    public IReadOnlyList<Organization> Townships { get; private set; } = [];
    public int? Township { get; private set; }
    public bool CanEdit { get; private set; }

    /// <summary>A refused confirmation: the organization's row and why (its date).</summary>
    public (int OrganizationId, string Message)? ConfirmProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, int? screen)
    {
        await LoadAsync(year);
        if (screen is { } id)
        {
            var township = Townships.FirstOrDefault(t => t.Id == id);
            if (township is null)
            {
                return NotFound();
            }

            Township = id;
            var confirmed = Confirmed.Select(w => w.OrganizationId).ToHashSet();
            Proposals = (await screening.RunAsync(township.Path, Year, Today)).Where(p => !confirmed.Contains(p.OrganizationId)).ToList();
        }

        return Page();
    }

    /// <param name="confirmedOn">确定日期: today when empty; the real day when a past year is entered afterwards.</param>
    public async Task<IActionResult> OnPostConfirmAsync(int organizationId, int year, string? reasons, DateOnly? confirmedOn)
    {
        if (!await MayAsync(Policies.EditBuilding))
        {
            return Forbid();
        }

        if (await NamedAsync(organizationId) is not { } org)
        {
            return NotFound();
        }

        var result = await weak.ConfirmAsync(organizationId, year, reasons, confirmedOn, User.Identity?.Name);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ConfirmProblem = (organizationId, result.Errors.Values.First());
            return await OnGetAsync(year, org.ParentId);
        }

        TempData["Message"] = $"已确定{org.Name}为{year}年度软弱涣散党组织。";
        return RedirectToPage(new { year });
    }

    public async Task<IActionResult> OnPostSatisfactionAsync(int organizationId, int year, double? percent, DateOnly? surveyedOn)
    {
        if (!await MayAsync(Policies.EditBuilding))
        {
            return Forbid();
        }

        var result = await satisfaction.AddAsync(organizationId, year, percent, surveyedOn);
        if (result.NotFound || await NamedAsync(organizationId) is not { } org)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? $"已记录{org.Name}{year}年满意度{percent:0.#}%。" : result.Errors.Values.First();
        return RedirectToPage(new { year });
    }

    private Task<Organization?> NamedAsync(int organizationId) => Db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId);

    private async Task LoadAsync(int? year)
    {
        Year = year ?? Today.Year;
        Confirmed = await Db.WeakOrganizations.AsNoTracking().Include(w => w.Organization).Include(w => w.Measures)
            .Where(w => w.Year == Year).OrderBy(w => w.Organization!.Path).ToListAsync();
        Townships = await BuildingChoices.TownshipsAsync(Db);
        await LoadPrimaryAsync();
        CanEdit = await MayAsync(Policies.EditBuilding);
    }
}
