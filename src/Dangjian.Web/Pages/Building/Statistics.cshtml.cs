using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Organizations;
using Dangjian.Core.Statistics;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building;

/// <summary>
/// The county's yearly statistics for a chosen year (any past year): organizations in scope × the statistics they report, one
/// value each, last year's beside it. Saved all at once through <see cref="StatisticEntry"/>; a bad cell keeps everything unsaved.
/// </summary>
public class StatisticsModel(AppDbContext db, IAuthorizationService authorization, StatisticEntry entry, TimeProvider clock)
    : BuildingPageModel(db, authorization, clock)
{
    public IReadOnlyList<YearlyStatistic> Columns { get; private set; } = [];
    public IReadOnlyList<Organization> Rows { get; private set; } = [];
    public bool CanEdit { get; private set; }

    /// <summary>The text of each cell ("v_{org}_{statistic}"): stored, or as posted when the form is shown again.</summary>
    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Versions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Earlier { get; } = new(StringComparer.Ordinal);

    public static string Field(int org, int statistic) => string.Create(CultureInfo.InvariantCulture, $"v_{org}_{statistic}");

    public async Task OnGetAsync(string? year)
    {
        Year = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= FactDates.Earliest.Year && y <= Today.Year
            ? y : Today.Year - 1;
        await LoadAsync(posted: false);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await MayAsync(Policies.EnterStatistics))
        {
            return Forbid();
        }

        var yearText = Request.Form["Year"].ToString();
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            ModelState.AddModelError("Year", "请选择年度。");
            Year = Today.Year - 1;
            await LoadAsync(posted: false);
            return Page();
        }

        Year = year;
        var cells = new List<StatisticEntry.Cell>();
        var names = new List<string>();
        foreach (var (key, value) in Request.Form.Where(f => f.Key.StartsWith("v_", StringComparison.Ordinal)))
        {
            var parts = key.Split('_');
            if (parts.Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var org)
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var statistic))
            {
                continue;
            }

            int? version = int.TryParse(Request.Form["ver" + key[1..]].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
            cells.Add(new(org, statistic, value.ToString(), version));
            names.Add(key);
        }

        if (cells.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "没有可保存的数值：本年度没有需要您填报的统计项。");
            await LoadAsync(posted: false);
            return Page();
        }

        var result = await entry.SaveAsync(year, cells);
        if (result.Succeeded)
        {
            TempData["Message"] = result.Id == 0 ? "数值没有变化。" : $"已保存{Year}年的{result.Id}项数值。";
            return RedirectToPage(new { year = Year });
        }

        // a cell's message goes beside the input it was posted from
        ModelState.Show(result.Errors.ToDictionary(e => e.Key.StartsWith("Cells[", StringComparison.Ordinal) && int.TryParse(e.Key[6..^1], out var i) ? names[i] : e.Key, e => e.Value), "");
        if (result.Errors.ContainsKey("Year"))
        {
            Year = Today.Year - 1;
        }

        await LoadAsync(posted: !result.Errors.ContainsKey("Year"));
        return Page();
    }

    private async Task LoadAsync(bool posted)
    {
        CanEdit = await MayAsync(Policies.EnterStatistics);
        Columns = await Db.YearlyStatistics.AsNoTracking().Where(s => !s.IsRetired).OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync();
        var organizations = await Db.Organizations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Path).ToListAsync();
        Rows = [.. organizations.Where(o => Columns.Any(c => c.AppliesTo(o)))];
        var ids = Columns.Select(c => c.Id).ToList();
        var values = await Db.StatisticValues.AsNoTracking().Where(v => (v.Year == Year || v.Year == Year - 1) && ids.Contains(v.StatisticId)).ToListAsync();
        var decimals = Columns.ToDictionary(c => c.Id, c => c.Decimals);
        foreach (var v in values)
        {
            var text = FigureFormat.Number(v.Value, decimals[v.StatisticId]);
            if (v.Year == Year)
            {
                Texts[Field(v.OrganizationId, v.StatisticId)] = text;
                Versions[Field(v.OrganizationId, v.StatisticId)] = v.Version;
            }
            else
            {
                Earlier[Field(v.OrganizationId, v.StatisticId)] = text;
            }
        }

        if (posted)
        {
            foreach (var (key, value) in Request.Form.Where(f => f.Key.StartsWith("v_", StringComparison.Ordinal)))
            {
                Texts[key] = value.ToString();
            }
        }
    }
}
