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

namespace Dangjian.Web.Pages.Cadres.Reserves;

[Authorize(Policy = Policies.ViewCadres)]
public class IndexModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<ReserveCadre> Rows { get; private set; } = [];
    public ReserveSource? Source { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(ReserveSource? source)
    {
        Source = source;
        var query = db.ReserveCadres.AsNoTracking().Include(r => r.Organization).AsQueryable();
        if (source is { } s)
        {
            query = query.Where(r => r.Source == s);
        }

        Rows = await query.OrderBy(r => r.Organization!.Path).ThenBy(r => r.AddedOn).ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditCadres)).Succeeded;
    }
}
