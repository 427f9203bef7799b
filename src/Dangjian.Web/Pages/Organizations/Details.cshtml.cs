using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Organizations;

public class DetailsModel(AppDbContext db) : PageModel
{
    public Organization Org { get; private set; } = null!;
    public IReadOnlyList<Organization> Children { get; private set; } = [];
    public IReadOnlyList<OrganizationMove> Moves { get; private set; } = [];
    public int Members { get; private set; }
    public int Probationary { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var org = await db.Organizations.Include(o => o.Parent).AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        if (org is null)
        {
            return NotFound();
        }

        Org = org;
        Children = await db.Organizations.Where(o => o.ParentId == id).OrderBy(o => o.SortOrder).ThenBy(o => o.Name).ToListAsync();
        Moves = await db.OrganizationMoves.Where(m => m.OrganizationId == id).OrderByDescending(m => m.MovedAtUtc).ToListAsync();
        Members = await db.Members.CountAsync(m => m.OrganizationId == id);
        Probationary = await db.Members.CountAsync(m => m.OrganizationId == id && m.Status == Core.Members.MemberStatus.Probationary);
        return Page();
    }
}
