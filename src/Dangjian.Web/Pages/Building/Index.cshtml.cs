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

/// <summary>Weak organizations of a year; the township runs the screening, confirms proposals and records satisfaction surveys.</summary>
public class IndexModel(AppDbContext db, IAuthorizationService authorization, IOptions<BuildingSettings> settings, TimeProvider time) : PageModel
{
    public int Year { get; private set; }
    public IReadOnlyList<WeakOrganization> Confirmed { get; private set; } = [];
    public IReadOnlyList<WeakProposal> Proposals { get; private set; } = [];
    public IReadOnlyList<Organization> Townships { get; private set; } = [];
    public IReadOnlyList<Organization> Primary { get; private set; } = [];
    public int? Township { get; private set; }
    public bool CanEdit { get; private set; }
    public DateOnly Today { get; private set; }

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
            Proposals = (await new WeakScreening(db, settings.Value.WeakCriteria).RunAsync(township.Path, Year, time.Today()))
                .Where(p => !confirmed.Contains(p.OrganizationId)).ToList();
        }

        return Page();
    }

    /// <param name="confirmedOn">确定日期: today when empty; the real day when a past year is entered afterwards.</param>
    public async Task<IActionResult> OnPostConfirmAsync(int organizationId, int year, string? reasons, DateOnly? confirmedOn)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded)
        {
            return Forbid();
        }

        var org = await db.Organizations.FirstOrDefaultAsync(o => o.Id == organizationId);
        if (org is null)
        {
            return NotFound();
        }

        var on = confirmedOn ?? time.Today();
        if (FactDates.Problem("确定日期", on, time.Today()) is { } wrong)
        {
            ConfirmProblem = (organizationId, wrong);
            return await OnGetAsync(year, org.ParentId);
        }

        if (!await db.WeakOrganizations.AnyAsync(w => w.OrganizationId == organizationId && w.Year == year))
        {
            db.WeakOrganizations.Add(new WeakOrganization
            {
                OrganizationId = org.Id, Year = year, Reasons = (reasons ?? "").Trim(), ConfirmedOn = on, ConfirmedBy = User.Identity?.Name,
            });
            await db.SaveChangesAsync();
        }

        TempData["Message"] = $"已确定{org.Name}为{year}年度软弱涣散党组织。";
        return RedirectToPage(new { year });
    }

    public async Task<IActionResult> OnPostSatisfactionAsync(int organizationId, int year, double? percent, DateOnly? surveyedOn)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded)
        {
            return Forbid();
        }

        if (await db.Organizations.FirstOrDefaultAsync(o => o.Id == organizationId) is not { } org)
        {
            return NotFound();
        }

        if (percent is not ({ } p and >= 0 and <= 100))
        {
            TempData["Message"] = "满意度应为0到100之间的百分数。";
            return RedirectToPage(new { year });
        }

        db.SatisfactionRecords.Add(new SatisfactionRecord { OrganizationId = org.Id, Year = year, Percent = p, SurveyedOn = surveyedOn ?? time.Today() });
        await db.SaveChangesAsync();
        TempData["Message"] = $"已记录{org.Name}{year}年满意度{p:0.#}%。";
        return RedirectToPage(new { year });
    }

    private async Task LoadAsync(int? year)
    {
        Today = time.Today();
        Year = year ?? Today.Year;
        Confirmed = await db.WeakOrganizations.AsNoTracking().Include(w => w.Organization).Include(w => w.Measures)
            .Where(w => w.Year == Year).OrderBy(w => w.Organization!.Path).ToListAsync();
        Townships = await BuildingChoices.TownshipsAsync(db);
        Primary = await BuildingChoices.PrimaryAsync(db);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded;
    }
}
