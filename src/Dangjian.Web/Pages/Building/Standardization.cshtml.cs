using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
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

    public async Task OnGetAsync(int? year)
    {
        Year = year ?? time.Today().Year;
        Checks = await db.StandardizationChecks.AsNoTracking().Include(c => c.Organization)
            .Where(c => c.Year == Year).OrderBy(c => c.Organization!.Path).ToListAsync();
        Primary = await BuildingChoices.PrimaryAsync(db);
        CanSelfCheck = (await authorization.AuthorizeAsync(User, Policies.SelfCheck)).Succeeded;
        CanAccept = (await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded;
    }

    public async Task<IActionResult> OnPostSelfCheckAsync(int organizationId, int year, List<string> items, int? venueArea, bool venueMeetsStandard, string? note)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.SelfCheck)).Succeeded)
        {
            return Forbid();
        }

        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId))
        {
            return NotFound();
        }

        var known = StandardChecklist.Items(Aspects).Select(i => i.Code).ToHashSet();
        var check = await db.StandardizationChecks.FirstOrDefaultAsync(c => c.OrganizationId == organizationId && c.Year == year);
        if (check is null)
        {
            check = new StandardizationCheck { OrganizationId = organizationId, Year = year };
            db.StandardizationChecks.Add(check);
        }

        check.SelfCheckedOn = time.Today();
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

    public async Task<IActionResult> OnPostAcceptAsync(int checkId, bool accepted, string? note)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded)
        {
            return Forbid();
        }

        if (await db.StandardizationChecks.FirstOrDefaultAsync(c => c.Id == checkId) is not { } check)
        {
            return NotFound();
        }

        check.Accepted = accepted;
        check.AcceptedOn = time.Today();
        check.AcceptanceNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync();
        TempData["Message"] = accepted ? "已验收达标。" : "验收未达标。";
        return RedirectToPage(new { year = check.Year });
    }
}
