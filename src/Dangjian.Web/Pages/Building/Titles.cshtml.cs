using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Building.Honours;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building;

/// <summary>Demonstration titles (示范党支部) by level and year; the title is chosen from the county's title names.</summary>
public class TitlesModel(AppDbContext db, IAuthorizationService authorization, TimeProvider time, TitleEntry entry, HonourNames names)
    : BuildingPageModel(db, authorization, time)
{
    [BindProperty]
    public TitleForm Form { get; set; } = new();
    public IReadOnlyList<DemonstrationTitle> Titles { get; private set; } = [];
    /// <summary>The county's title names: in-use ones are offered, retired ones only name past titles.</summary>
    public IReadOnlyList<HonourName> Names { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await MayAsync(Policies.EditBuilding))
        {
            return Forbid();
        }

        var result = await entry.AddAsync(new TitleDraft(Form.OrganizationId, Form.Level, Form.Year, Form.TitleNameId));
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
        Titles = await Db.DemonstrationTitles.AsNoTracking().Include(t => t.Organization).Include(t => t.TitleName)
            .OrderByDescending(t => t.Year).ThenByDescending(t => t.Level).ThenBy(t => t.Organization!.Path).ToListAsync();
        await LoadPrimaryAsync();
        Names = await names.TitlesAsync();
        CanEdit = await MayAsync(Policies.EditBuilding);
    }

    public static string Of(TitleLevel level) => TitleLevels.Of(level);
}

/// <summary>The title form as posted.</summary>
public sealed class TitleForm
{
    public int? OrganizationId { get; set; }
    public string? Level { get; set; }
    public string? Year { get; set; }
    public int? TitleNameId { get; set; }
}
