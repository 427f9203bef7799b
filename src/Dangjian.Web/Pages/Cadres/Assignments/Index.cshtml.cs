using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Cadres.Assignments;

[Authorize(Policy = Policies.ViewCadres)]
public class IndexModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Assignment> Rows { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync()
    {
        Rows = await db.Assignments.AsNoTracking().Include(a => a.Organization)
            .OrderBy(a => a.EndedOn != null).ThenBy(a => a.Organization!.Path).ThenByDescending(a => a.StartedOn).ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditCadres)).Succeeded;
    }
}
