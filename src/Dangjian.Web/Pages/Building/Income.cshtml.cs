using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Building;

/// <summary>Village collective-economy income per year, and the bucket counts the reports quote.</summary>
public class IncomeModel(AppDbContext db, IAuthorizationService authorization, IOptions<BuildingSettings> settings, TimeProvider time) : PageModel
{
    public int Year { get; private set; }
    public IReadOnlyList<CollectiveIncome> Rows { get; private set; } = [];
    public IReadOnlyList<IncomeBucket> Buckets { get; private set; } = [];
    public IReadOnlyList<Organization> Villages { get; private set; } = [];
    public bool Cumulative => settings.Value.CumulativeBuckets;
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        Year = year ?? time.Today().Year - 1;
        Rows = await db.CollectiveIncomes.AsNoTracking().Include(i => i.Organization)
            .Where(i => i.Year == Year).OrderByDescending(i => i.AmountWan).ToListAsync();
        // The query filter keeps the counts inside the user's scope.
        Buckets = await new IncomeBuckets(db).CountAsync("/", Year, settings.Value.Thresholds, Cumulative);
        Villages = await BuildingChoices.PrimaryAsync(db, villagesOnly: true);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded;
    }

    public async Task<IActionResult> OnPostAsync(int organizationId, int year, double? amount)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditBuilding)).Succeeded)
        {
            return Forbid();
        }

        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId))
        {
            return NotFound();
        }

        if (amount is not ({ } wan and >= 0))
        {
            TempData["Message"] = "请填写收入（万元，不小于0）。";
            return RedirectToPage(new { year });
        }

        var row = await db.CollectiveIncomes.FirstOrDefaultAsync(i => i.OrganizationId == organizationId && i.Year == year);
        if (row is null)
        {
            db.CollectiveIncomes.Add(new CollectiveIncome { OrganizationId = organizationId, Year = year, AmountWan = wan });
        }
        else
        {
            row.AmountWan = wan;
        }

        await db.SaveChangesAsync();
        return RedirectToPage(new { year });
    }
}
