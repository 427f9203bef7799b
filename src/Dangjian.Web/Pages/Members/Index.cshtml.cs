using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.People;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Members;

public class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Name, Sex Sex, DateOnly BirthDate, MemberStatus Status, DateOnly JoinedOn,
        Education Education, bool IsMobile, bool NoSmartphone, string Branch);

    public Organization Org { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(int? org, int page = 1)
    {
        var found = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == (org ?? User.OrganizationId()));
        if (found is null)
        {
            return NotFound();
        }

        Org = found;
        var query = db.Members.AsNoTracking().Where(m => m.Organization!.Path.StartsWith(found.Path));
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(page, 1, Pages);
        Rows = await query.OrderBy(m => m.Organization!.Path).ThenBy(m => m.Name)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new Row(m.Id, m.Name, m.Sex, m.BirthDate, m.Status, m.JoinedOn, m.Education, m.IsMobile, m.NoSmartphone, m.Organization!.Name))
            .ToListAsync();
        return Page();
    }

    public static int Age(DateOnly birth)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        return today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
    }
}
