using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building;

/// <summary>Demonstration titles (示范党支部) by level and year.</summary>
public class TitlesModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<DemonstrationTitle> Titles { get; private set; } = [];
    public IReadOnlyList<Organization> Primary { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync()
    {
        Titles = await db.DemonstrationTitles.AsNoTracking().Include(t => t.Organization)
            .OrderByDescending(t => t.Year).ThenByDescending(t => t.Level).ThenBy(t => t.Organization!.Path).ToListAsync();
        Primary = await BuildingChoices.PrimaryAsync(db);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded;
    }

    public async Task<IActionResult> OnPostAsync(int organizationId, TitleLevel level, int year, string? title)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded)
        {
            return Forbid();
        }

        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(title) || year < 1949)
        {
            TempData["Message"] = "请填写称号名称和年度。";
            return RedirectToPage();
        }

        db.DemonstrationTitles.Add(new DemonstrationTitle { OrganizationId = organizationId, Level = level, Year = year, Title = title.Trim() });
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    public static string Of(TitleLevel level) => TitleLevels.Of(level);
}
