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

namespace Dangjian.Web.Pages.Cadres.Qualifications;

[Authorize(Policy = Policies.ViewCadres)]
public class IndexModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<QualificationReview> Rows { get; private set; } = [];
    public int? Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        var years = await db.QualificationReviews.Select(r => r.ReviewedOn.Year).Distinct().ToListAsync();
        Years = years.OrderDescending().ToList();
        Year = year is { } y && Years.Contains(y) ? y : Years.FirstOrDefault() is var first && first > 0 ? first : null;
        var from = new DateOnly(Year ?? 1, 1, 1);
        var to = new DateOnly(Year ?? 9999, 12, 31);
        Rows = await db.QualificationReviews.AsNoTracking().Include(r => r.Organization)
            .Where(r => r.ReviewedOn >= from && r.ReviewedOn <= to)
            .OrderBy(r => r.Result == ReviewResult.Passed).ThenBy(r => r.Organization!.Path).ThenBy(r => r.Id).ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditCadres)).Succeeded;
    }
}
