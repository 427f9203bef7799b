using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Contacts;

/// <summary>One contact point and every visit to it.</summary>
public class DetailsModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public ContactPoint Point { get; private set; } = null!;
    public IReadOnlyList<ContactVisit> Visits { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.ContactPoints.AsNoTracking().Include(c => c.Organization).Include(c => c.Kind).SingleOrDefaultAsync(c => c.Id == id) is not { } point)
        {
            return NotFound();
        }

        Point = point;
        Visits = await db.ContactVisits.AsNoTracking().Where(v => v.ContactPointId == id).OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id).ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
        return Page();
    }
}
