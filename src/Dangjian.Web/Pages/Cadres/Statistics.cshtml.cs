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

namespace Dangjian.Web.Pages.Cadres;

/// <summary>换届 statistics of one township and term; users below the township see the figures of their own villages only.</summary>
[Authorize(Policy = Policies.ViewCadres)]
public class StatisticsModel(AppDbContext db, ElectionStatistics statistics, CadreCounts counts) : PageModel
{
    public IReadOnlyList<TermOption> Terms { get; private set; } = [];
    public TermStatistics? Selected { get; private set; }
    public string? TownshipName { get; private set; }
    public IReadOnlyList<SourceCount> Reserves { get; private set; } = [];
    public IReadOnlyList<ReviewYear> Reviews { get; private set; } = [];

    public async Task OnGetAsync(int? term)
    {
        Terms = await CadreChoices.TermsAsync(db);
        if ((Terms.FirstOrDefault(t => t.Id == term) ?? Terms.FirstOrDefault()) is not { } chosen)
        {
            return;
        }

        var township = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == chosen.TownshipId);
        TownshipName = township?.Name;
        Selected = (await statistics.SecretariesAsync(chosen.TownshipId)).Single(s => s.Term.Id == chosen.Id);
        Reserves = await counts.ReservesBySourceAsync(township?.Path ?? "/");
        Reviews = await counts.ReviewsByYearAsync(chosen.TownshipId);
    }
}
