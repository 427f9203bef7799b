using Dangjian.Core.Data;
using Dangjian.Core.Development;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Development;

/// <summary>The county-wide holidays and 调休 working days used by working-day rules; the county edits them.</summary>
public class CalendarModel(AppDbContext db, CalendarDayEntry entry, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public IReadOnlyList<CalendarDay> Days { get; private set; } = [];
    public int Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        var years = await db.CalendarDays.Select(d => d.Date.Year).Distinct().ToListAsync();
        Years = years.OrderDescending().ToList();
        Year = year ?? (Years.Count > 0 ? Years.Max() : time.Today().Year);
        var from = new DateOnly(Year, 1, 1);
        var to = new DateOnly(Year, 12, 31);
        Days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditCalendar)).Succeeded;
    }

    public async Task<IActionResult> OnPostSaveAsync(DateOnly? date, bool workday, string? name)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditCalendar)).Succeeded)
        {
            return Forbid();
        }

        var result = await entry.SaveAsync(date, workday, name);
        if (!result.Succeeded)
        {
            TempData["Message"] = result.Errors[""];
            return RedirectToPage();
        }

        TempData["Message"] = $"已保存{WorkingCalendar.Format(date!.Value)}。";
        return RedirectToPage(new { year = date.Value.Year });
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly? date)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditCalendar)).Succeeded)
        {
            return Forbid();
        }

        if (date is { } day)
        {
            await entry.RemoveAsync(day); // a day already gone is nothing to remove
        }

        return RedirectToPage(new { year = date?.Year });
    }
}
