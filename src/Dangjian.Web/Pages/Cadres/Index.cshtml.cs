using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
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
    public Pager Pager { get; private set; } = null!;

    /// <summary>Members, village secretaries and 一肩挑 of the term (and village), over all pages.</summary>
    public (int Secretaries, int OneShoulder) Totals { get; private set; }

    public async Task OnGetAsync(int? term, int? village, [FromQuery(Name = "page")] int? number)
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
        Totals = (rows.Count(c => c.PartyPost == PartyPost.Secretary), rows.Count(c => c.IsOneShoulder));
        var filters = new Dictionary<string, string?>
        {
            ["term"] = TermId?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["village"] = village?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        (Pager, Rows) = Pager.PageOf(rows.OrderBy(c => c.Organization!.Path).ThenBy(CadreChoices.Rank).ThenBy(c => c.Id).ToList(), number, "/Cadres", filters);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditCadres)).Succeeded;
    }
}
