using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Statistics;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building;

/// <summary>
/// The county's yearly statistics (人均可支配收入 元, 土地流转 亩…): what organizations enter once a year on the 年度统计 page and
/// what "statistics" indicators read. Only the county organization department defines them, for its own county committee.
/// </summary>
[Authorize(Policy = Policies.DefineStatistics)]
public class StatisticDefinitionsModel(AppDbContext db, StatisticDefinitions definitions) : PageModel
{
    /// <summary>The statistic to edit (GET), by its code within the county.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public StatisticForm Form { get; set; } = new();

    public Organization? County { get; private set; }
    public IReadOnlyList<YearlyStatistic> Own { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (County is not null && Code is not null)
        {
            var row = Own.FirstOrDefault(s => s.Code == Code);
            if (row is null)
            {
                return NotFound();
            }

            Form = StatisticForm.From(row);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (County is null)
        {
            return Page();
        }

        var result = await definitions.SaveAsync(County, Form.ToDraft());
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = $"已保存年度统计项“{Form.Name!.Trim()}”。";
            return RedirectToPage(new { code = (string?)null });
        }

        ModelState.Show(result.Errors);
        return Page();
    }

    private async Task LoadAsync()
    {
        var own = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == User.OrganizationId());
        County = own?.Level == OrgLevel.CountyCommittee ? own : null;
        Own = County is null ? [] : await db.YearlyStatistics.AsNoTracking().Where(s => s.OrganizationId == County.Id)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync();
    }
}

/// <summary>The statistic form as posted (strings as typed, checked by <see cref="StatisticDefinitions"/>).</summary>
public sealed class StatisticForm
{
    public int Id { get; set; }
    public int Version { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public string? Decimals { get; set; } = "0";
    public List<string> Sectors { get; set; } = [];
    public List<string> Levels { get; set; } = [];
    public string? Definition { get; set; }
    public string? SortOrder { get; set; }
    public bool IsRetired { get; set; }

    public static StatisticForm From(YearlyStatistic s) => new()
    {
        Id = s.Id, Version = s.Version, Code = s.Code, Name = s.Name, Unit = s.Unit, Decimals = s.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Sectors = [.. s.SectorList.Select(x => x.ToString())], Levels = [.. s.LevelList.Select(x => x.ToString())], Definition = s.Definition,
        SortOrder = s.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture), IsRetired = s.IsRetired,
    };

    public StatisticDraft ToDraft() => new()
    {
        Id = Id, Version = Version, Code = Code, Name = Name, Unit = Unit, Decimals = Decimals, Sectors = Sectors, Levels = Levels,
        Definition = Definition, SortOrder = SortOrder, IsRetired = IsRetired,
    };
}
