using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Views;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.OrgLife;

/// <summary>One organization's year of required vs held meetings: months × kinds, each cell linking to its records.</summary>
public class CalendarModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public Organization Org { get; private set; } = null!;
    public CalendarGrid Grid { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? org, int? year)
    {
        var found = await OrgChoice.ResolveAsync(db, org, User);
        if (found is null)
        {
            return NotFound();
        }

        Org = found;
        Today = clock.Today();
        var y = year is >= 2000 and <= 2100 ? year.Value : Today.Year;
        var results = await ComplianceQuery.YearAsync(db, found.Path, y, Today, HttpContext.RequestAborted);
        Grid = results.FirstOrDefault(r => r.Organization.Id == found.Id) is { } own
            ? CalendarGrid.From(own, y)
            : new CalendarGrid(y, []);
        return Page();
    }

    /// <summary>What a cell covers, written on it when the table reads as cards on a phone: 3月, 1—3月, 全年.</summary>
    public static string Months(int first, int count) => count switch
    {
        1 => $"{first}月",
        12 => "全年",
        _ => $"{first}—{first + count - 1}月",
    };
}
