using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Building;

/// <summary>Village collective-economy income per year, and the bucket counts the reports quote.</summary>
public class IncomeModel(AppDbContext db, IAuthorizationService authorization, IOptions<BuildingSettings> settings, TimeProvider time, IncomeEntry entry,
    IncomeBuckets buckets) : BuildingPageModel(db, authorization, time)
{
    [BindProperty]
    public IncomeForm Form { get; set; } = new();

    public IReadOnlyList<CollectiveIncome> Rows { get; private set; } = [];
    public IReadOnlyList<IncomeBucket> Buckets { get; private set; } = [];
    public IReadOnlyList<Organization> Villages => Primary;
    public bool Cumulative => settings.Value.CumulativeBuckets;
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        Year = year is { } y && FactDates.YearProblem("年度", y, Today) is null ? y : Today.Year - 1;
        Form.Year ??= Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Rows = await Db.CollectiveIncomes.AsNoTracking().Include(i => i.Organization)
            .Where(i => i.Year == Year).OrderByDescending(i => i.AmountWan).ToListAsync();
        // The query filter keeps the counts inside the user's scope.
        Buckets = await buckets.CountAsync("/", Year, settings.Value.Thresholds, Cumulative);
        await LoadPrimaryAsync(villagesOnly: true);
        CanEdit = await MayAsync(Policies.EditBuilding);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await MayAsync(Policies.EditBuilding))
        {
            return Forbid();
        }

        var result = await entry.SaveAsync(new IncomeDraft(Form.OrganizationId, Form.Year, Form.AmountWan));
        if (result.Succeeded)
        {
            TempData["Message"] = "已保存。";
            return RedirectToPage(new { year = Form.Year });
        }

        ModelState.Show(result.Errors);
        await OnGetAsync(int.TryParse(Form.Year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null);
        return Page();
    }
}

/// <summary>The income form as posted.</summary>
public sealed class IncomeForm
{
    public int? OrganizationId { get; set; }
    public string? Year { get; set; }
    public string? AmountWan { get; set; }
}
