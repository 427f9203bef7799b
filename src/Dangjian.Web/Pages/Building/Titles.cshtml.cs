using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Honours;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building;

/// <summary>Demonstration titles (示范党支部) by level and year; the title field suggests the county's names for collective honours.</summary>
public class TitlesModel(AppDbContext db, IAuthorizationService authorization, TitleEntry entry) : PageModel
{
    [BindProperty]
    public TitleForm Form { get; set; } = new();
    public IReadOnlyList<DemonstrationTitle> Titles { get; private set; } = [];
    public IReadOnlyList<Organization> Primary { get; private set; } = [];
    public IReadOnlyList<string> Suggested { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded)
        {
            return Forbid();
        }

        var result = await entry.AddAsync(new TitleDraft(Form.OrganizationId, Form.Level, Form.Year, Form.Title));
        if (result.Succeeded)
        {
            TempData["Message"] = "已登记。";
            return RedirectToPage();
        }

        ModelState.Show(result.Errors);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Titles = await db.DemonstrationTitles.AsNoTracking().Include(t => t.Organization)
            .OrderByDescending(t => t.Year).ThenByDescending(t => t.Level).ThenBy(t => t.Organization!.Path).ToListAsync();
        Primary = await BuildingChoices.PrimaryAsync(db);
        var honours = await db.HonourNames.AsNoTracking().Where(n => n.Target == HonourTarget.Organization && !n.Retired)
            .OrderBy(n => n.SortOrder).Select(n => n.Name).ToListAsync();
        Suggested = [.. Titles.Select(t => t.Title).Prepend("示范党支部").Concat(honours).Distinct()];
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded;
    }

    public static string Of(TitleLevel level) => TitleLevels.Of(level);
}

/// <summary>The title form as posted.</summary>
public sealed class TitleForm
{
    public int? OrganizationId { get; set; }
    public string? Level { get; set; }
    public string? Year { get; set; }
    public string? Title { get; set; } = "示范党支部";
}
