using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.OrgLife;

/// <summary>
/// The township's monthly themes for 主题党日: published here by township roles (one per month; saving again replaces the
/// title), read by its branches; each theme shows how many theme days were recorded against it.
/// </summary>
public class ThemesModel(AppDbContext db, MonthlyThemeEntry themes, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ThemeForm Form { get; set; } = new();

    public Organization Org { get; private set; } = null!;
    public IReadOnlyList<(MonthlyTheme Theme, int Held)> Rows { get; private set; } = [];
    public bool CanPublish { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? org)
    {
        if (!await LoadAsync(org))
        {
            return NotFound();
        }

        var next = clock.Today().AddMonths(1);
        Form = new ThemeForm { Year = next.Year, Month = next.Month };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? org)
    {
        if (!await LoadAsync(org))
        {
            return NotFound();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await themes.PublishAsync(Org.Id, Form.Year, Form.Month, Form.Title, Form.Notes, HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = $"已发布{Form.Year}年{Form.Month}月主题党日主题“{Form.Title.Trim()}”。";
        return RedirectToPage(new { org = Org.Id });
    }

    private async Task<bool> LoadAsync(int? org)
    {
        var found = await OrgChoice.ResolveAsync(db, org, User);
        if (found is null)
        {
            return false;
        }

        Org = found;
        CanPublish = found.Level == OrgLevel.TownshipCommittee && (await authorization.AuthorizeAsync(User, Policies.EditThemes)).Succeeded;
        var ancestors = OrgPaths.Ancestors(found.Path);
        var themes = await db.MonthlyThemes.AsNoTracking().Where(t => ancestors.Contains(t.OrganizationId))
            .OrderByDescending(t => t.Year).ThenByDescending(t => t.Month).Take(36).ToListAsync();
        var ids = themes.Select(t => t.Id).ToList();
        var held = await db.Meetings.Where(m => m.MonthlyThemeId != null && ids.Contains(m.MonthlyThemeId.Value) && m.Organization!.Path.StartsWith(found.Path))
            .GroupBy(m => m.MonthlyThemeId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        Rows = themes.Select(t => (t, held.GetValueOrDefault(t.Id))).ToList();
        return true;
    }
}
