using Dangjian.Core.Cadres;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Cadres;

[Authorize(Policy = Policies.ViewCadres)]
public class IndexModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<TermOption> Terms { get; private set; } = [];
    public IReadOnlyList<Organization> Villages { get; private set; } = [];
    public IReadOnlyList<Cadre> Rows { get; private set; } = [];
    public int? TermId { get; private set; }
    public int? VillageId { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int? term, int? village)
    {
        Terms = await CadreChoices.TermsAsync(db);
        TermId = Terms.Any(t => t.Id == term) ? term : Terms.FirstOrDefault()?.Id;
        Villages = await CadreChoices.VillagesAsync(db);
        VillageId = village;
        var query = db.Cadres.AsNoTracking().Include(c => c.Organization).Where(c => c.TermId == TermId);
        if (village is { } v)
        {
            query = query.Where(c => c.OrganizationId == v);
        }

        var rows = await query.ToListAsync();
        Rows = rows.OrderBy(c => c.Organization!.Path).ThenBy(CadreChoices.Rank).ThenBy(c => c.Id).ToList();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditCadres)).Succeeded;
    }
}
