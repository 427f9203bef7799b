using Dangjian.Core.Data;
using Dangjian.Core.Inspections;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Inspections;

public class IndexModel(AppDbContext db, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, string Organization, InspectionKind Kind, int Round, string Title, DateOnly StartedOn, string Inspectors, int Targets, int Findings);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Year { get; private set; }
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        Year = year ?? time.Today().Year;
        Rows = await db.Inspections.AsNoTracking().Where(i => i.Year == Year).OrderBy(i => i.StartedOn).ThenBy(i => i.Id)
            .Select(i => new Row(i.Id, i.Organization!.Name, i.Kind, i.Round, i.Title, i.StartedOn, i.Inspectors, i.Targets.Count, i.Findings.Count))
            .ToListAsync();
        CanCreate = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
    }
}
